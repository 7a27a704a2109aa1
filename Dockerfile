# syntax=docker/dockerfile:1

# Banana Cake Pop's files come from npm; installing them here keeps Node.js out of the SDK stage.
FROM node:22-bookworm-slim AS ide
WORKDIR /ide
COPY src/AseanCyber.Api/package.json src/AseanCyber.Api/package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore from the project files alone, so a source change reuses the restored layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/AseanCyber.Neo4j.QueryApi/AseanCyber.Neo4j.QueryApi.csproj src/AseanCyber.Neo4j.QueryApi/
COPY src/AseanCyber.Graph/AseanCyber.Graph.csproj src/AseanCyber.Graph/
COPY src/AseanCyber.GraphQL.Http/AseanCyber.GraphQL.Http.csproj src/AseanCyber.GraphQL.Http/
COPY src/AseanCyber.Api/AseanCyber.Api.csproj src/AseanCyber.Api/
RUN dotnet restore src/AseanCyber.Api/AseanCyber.Api.csproj
# src/AseanCyber.Graph embeds ../../cypher/*.cypher.
COPY cypher/ cypher/
COPY src/ src/
COPY --from=ide /ide/node_modules src/AseanCyber.Api/node_modules/
# SkipIdeNpmInstall: node_modules comes from the ide stage, so the build must not look for npm.
RUN dotnet publish src/AseanCyber.Api/AseanCyber.Api.csproj -c Release -o /app --no-restore \
        -p:SkipIdeNpmInstall=true -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The embedded provider (Graph__Provider=Embedded) keeps imported profiles in App_Data under the content root.
RUN mkdir -p App_Data && chown "$APP_UID" App_Data
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "AseanCyber.Api.dll"]

using AseanCyber.Api.Cli;
using AseanCyber.Api.Explore;
using AseanCyber.Api.Export;
using AseanCyber.Api.GraphQL;
using AseanCyber.Api.Home;
using AseanCyber.Api.Http;
using AseanCyber.Api.Ide;
using AseanCyber.Api.Operations;
using AseanCyber.Api.Store;

var builder = ImportCommand.CreateBuilder(args); // the server's builder, or the import command's (listening nowhere)

builder.AddSerilogLogging();
builder.Services.AddGraph(builder.Configuration);
builder.Services.AddAseanCyberGraphQL(builder.Configuration);
builder.Services.AddApiGraphQLEndpoint(builder.Configuration);
builder.Services.AddApiCors(builder.Configuration);
builder.Services.AddApiHealthChecks();
builder.Services.AddExports(builder.Configuration);

var app = builder.Build();
if (ImportCommand.IsInvocation(args)) return await ImportCommand.RunAsync(app, args);

app.UseApiRequestLogging();
app.UseSecurityHeaders();
app.UseCors();
app.MapApiHealthChecks();
app.MapHome();
app.MapBananaCakePop("/graphql");
app.MapExplorer("/explore");
app.MapApiGraphQLEndpoint("/graphql");
app.MapExports();

app.Run();
return 0;

public partial class Program;

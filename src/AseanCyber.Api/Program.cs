using AseanCyber.Api.GraphQL;
using AseanCyber.Api.Home;
using AseanCyber.Api.Http;
using AseanCyber.Api.Ide;
using AseanCyber.Api.Operations;
using AseanCyber.Api.Store;

var builder = WebApplication.CreateBuilder(args);

builder.AddSerilogLogging();
builder.Services.AddGraph(builder.Configuration);
builder.Services.AddAseanCyberGraphQL();
builder.Services.AddApiGraphQLEndpoint(builder.Configuration);
builder.Services.AddApiCors(builder.Configuration);
builder.Services.AddApiHealthChecks();

var app = builder.Build();

app.UseApiRequestLogging();
app.UseSecurityHeaders();
app.UseCors();
app.MapApiHealthChecks();
app.MapHome();
app.MapBananaCakePop("/graphql");
app.MapApiGraphQLEndpoint("/graphql");

app.Run();

public partial class Program;

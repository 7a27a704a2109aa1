using AseanCyber.Api.GraphQL;
using AseanCyber.Api.Store;
using AseanCyber.Graph.Import;
using AseanCyber.Graph.Model;
using AseanCyber.Graph.Store;
using GraphQL;
using GraphQL.Types;

namespace AseanCyber.Api.Profiles;

public sealed record ImportProfilePayload(Profile Profile, int EntryCount, IReadOnlyList<ImportWarning> Warnings);

public sealed class ImportWarningType : ObjectGraphType<ImportWarning>
{
    public ImportWarningType()
    {
        Name = "ImportWarning";
        Description = "Something the importer found ambiguous and did not guess.";
        Field<NonNullGraphType<IntGraphType>>("line").Description("The page's line (from 1) the warning is about.").Resolve(c => c.Source.Line);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What was uncertain, quoting the text.").Resolve(c => c.Source.Message);
    }
}

public sealed class ImportProfilePayloadType : ObjectGraphType<ImportProfilePayload>
{
    public ImportProfilePayloadType()
    {
        Name = "ImportProfilePayload";
        Field<NonNullGraphType<ProfileType>>("profile").Resolve(c => c.Source.Profile);
        Field<NonNullGraphType<IntGraphType>>("entryCount").Resolve(c => c.Source.EntryCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("warnings")
            .Description("Each warning as \"line N: message\".")
            .Resolve(c => c.Source.Warnings.Select(w => w.ToString()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportWarningType>>>>("warningDetails").Resolve(c => c.Source.Warnings);
    }
}

public static partial class ProfileMutations
{
    public static void AddProfileMutations(this MutationType mutation)
    {
        mutation.AddImportProfile();
        mutation.AddImportProfiles();
    }

    /// <summary>Refuses the mutation unless the request carries the API key, with the code and message that say what to do.</summary>
    internal static void RequireMutationRights(IResolveFieldContext context)
    {
        if (context.UserContext is not ApiUserContext { CanMutate: true })
        {
            var denial = (context.UserContext as ApiUserContext)?.Denial
                ?? new MutationDenial(ApiErrors.AuthRequired, "Mutations need Authorization: Bearer <Auth:ApiKey>.");
            throw ApiErrors.Create(denial.Code, denial.Message);
        }
    }

    private static void AddImportProfile(this MutationType mutation) =>
        mutation.Field<NonNullGraphType<ImportProfilePayloadType>>("importProfile")
            .Description("Imports a profile page (plain text), replacing the profile of the same name, all or nothing. Needs Authorization: Bearer <Auth:ApiKey>.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "The page's plain text, as exported from the Cyber Policy Portal.")
            .Argument<StringGraphType>("documentName", "The name source spans cite; defaults to \"<profile>.txt\" (also when blank).")
            .ResolveAsync(async c =>
            {
                RequireMutationRights(c);
                var services = c.RequestServices!;
                var document = Parse(services.GetRequiredService<ProfileImporter>(), c.GetArgument<string>("text"), c.GetArgument<string?>("documentName"));
                try
                {
                    await c.GraphStore().ImportProfileAsync(document, c.CancellationToken).ConfigureAwait(false);
                }
                catch (GraphStoreException ex)
                {
                    throw ApiErrors.Create(ex.Code, $"The import was not applied; the graph is unchanged. {ex.Message}");
                }

                var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProfileMutations));
                LogImported(
                    logger,
                    document.Profile.Id,
                    document.Entries.Count,
                    document.Warnings.Count);
                return new ImportProfilePayload(document.Profile, document.Entries.Count, document.Warnings);
            });

    private static ProfileDocument Parse(ProfileImporter importer, string text, string? documentName)
    {
        try
        {
            return ProfileBatchImport.Read(importer, text, documentName);
        }
        catch (ProfileFormatException ex)
        {
            throw ApiErrors.Create(ApiErrors.ImportRejected, $"This text is not a Cyber Policy Portal profile page: {ex.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported profile {ProfileId}: {EntryCount} entries, {WarningCount} warnings")]
    private static partial void LogImported(ILogger logger, string profileId, int entryCount, int warningCount);
}

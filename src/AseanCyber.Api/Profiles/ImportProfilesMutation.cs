using System.Globalization;
using AseanCyber.Api.GraphQL;
using AseanCyber.Api.Store;
using AseanCyber.Graph.Import;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace AseanCyber.Api.Profiles;

public sealed class ProfileTextInputType : InputObjectGraphType<ProfilePage>
{
    public ProfileTextInputType()
    {
        Name = "ProfileTextInput";
        Description = "One profile page to import: its plain text and, optionally, the name its source spans cite.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The page's plain text, as exported from the Cyber Policy Portal.");
        Field<StringGraphType>("name").Description("The document name source spans cite (the file's name, say); defaults to \"<profile>.txt\" (also when blank).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ProfilePage((string)value["text"]!, value.TryGetValue("name", out var name) ? name as string : null);
}

public sealed class ImportPageErrorType : ObjectGraphType<PageError>
{
    public ImportPageErrorType()
    {
        Name = "ImportPageError";
        Description = "Why one page of importProfiles was not kept. The graph holds that page's profile as it was before the call.";
        Field<NonNullGraphType<StringGraphType>>("code")
            .Description("A code of the README's error table: IMPORT_REJECTED (not a profile page), DUPLICATE_PROFILE (another text of the call is the same profile), or the store's (INVALID_DOCUMENT, PERSISTENCE_FAILED, NEO4J_UNAVAILABLE, ...).")
            .Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What went wrong, for people.").Resolve(c => c.Source.Message);
        Field<IntGraphType>("line").Description("The page's line (from 1) to blame, when one is.").Resolve(c => c.Source.Line);
    }
}

public sealed class ImportPageResultType : ObjectGraphType<PageImport>
{
    public ImportPageResultType()
    {
        Name = "ImportPageResult";
        Description = "What became of one text of importProfiles: kept whole, or not at all (then error says why).";
        Field<NonNullGraphType<IntGraphType>>("index").Description("The text's position in texts, from 0.").Resolve(c => c.Source.Index);
        Field<StringGraphType>("name")
            .Description("The document name its source spans cite: the text's name, else \"<profile>.txt\"; null for a text without a name that is not a profile page.")
            .Resolve(c => c.Source.Name);
        Field<NonNullGraphType<BooleanGraphType>>("kept").Description("Whether the page is in the graph now, every entry of it.").Resolve(c => c.Source.Kept);
        Field<ProfileType>("profile").Description("The profile as imported; null when the page was not kept.").Resolve(c => c.Source.Kept ? c.Source.Document!.Profile : null);
        Field<IdGraphType>("profileId")
            .Description("The id of the profile the page describes, kept or not; null when the text is not a profile page.")
            .Resolve(c => c.Source.ProfileId);
        Field<NonNullGraphType<IntGraphType>>("entryCount")
            .Description("Entries read from the page (all of them kept when kept is true); 0 when the text is not a profile page.")
            .Resolve(c => c.Source.EntryCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("warnings")
            .Description("Each warning as \"line N: message\".")
            .Resolve(c => c.Source.Warnings.Select(w => w.ToString()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportWarningType>>>>("warningDetails")
            .Description("The same warnings with their line apart.")
            .Resolve(c => c.Source.Warnings);
        Field<ImportPageErrorType>("error").Description("Why the page was not kept; null when it was.").Resolve(c => c.Source.Error);
    }
}

public static partial class ProfileMutations
{
    private static void AddImportProfiles(this MutationType mutation) =>
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportPageResultType>>>>("importProfiles")
            .Description(
                "Imports several profile pages (plain text) in one call, each all or nothing: a page that fails is reported in its " +
                "result and the others are still kept. A page replaces the profile of the same name. At most Import:MaxTextsPerCall " +
                "texts (50 unless configured). Needs Authorization: Bearer <Auth:ApiKey>.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ProfileTextInputType>>>>(
                "texts", "The pages, in the order they are imported; one result per page, in the same order.")
            .ResolveAsync(async c =>
            {
                RequireMutationRights(c);
                var services = c.RequestServices!;
                var pages = c.GetArgument<List<ProfilePage>>("texts");
                var limit = services.GetRequiredService<IOptions<ImportOptions>>().Value.MaxTextsPerCall;
                if (pages.Count > limit)
                {
                    throw ApiErrors.Create(
                        ApiErrors.ImportBatchTooLarge,
                        string.Create(CultureInfo.InvariantCulture, $"importProfiles takes at most {limit} texts per call, not {pages.Count}; nothing was imported. Split the pages over several calls."));
                }

                var importer = services.GetRequiredService<ProfileImporter>();
                var read = pages.Select((page, i) => ProfileBatchImport.Parse(importer, i, page)).ToList();
                var results = await ProfileBatchImport.ImportAsync(c.GraphStore(), read, c.CancellationToken).ConfigureAwait(false);

                var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProfileMutations));
                var kept = results.Where(r => r.Kept).ToList();
                var entries = kept.Sum(r => r.EntryCount);
                LogBatchImported(logger, kept.Count, results.Count, entries);
                return results;
            });

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {KeptCount} of {PageCount} profile pages: {EntryCount} entries")]
    private static partial void LogBatchImported(ILogger logger, int keptCount, int pageCount, int entryCount);
}

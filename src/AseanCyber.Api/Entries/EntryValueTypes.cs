using AseanCyber.Api.Bodies;
using AseanCyber.Api.Countries;
using AseanCyber.Api.Organizations;
using AseanCyber.Api.Places;
using AseanCyber.Api.Themes;
using AseanCyber.Graph.Model;
using GraphQL.Types;

namespace AseanCyber.Api.Entries;

public sealed class DateSpanType : ObjectGraphType<DateSpan>
{
    public DateSpanType()
    {
        Name = "DateSpan";
        Description = "One date expression of an entry's date line, as ISO partial dates (\"2015\", \"2017-10\", \"2017-10-10\").";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The expression as printed.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("start").Resolve(c => c.Source.Start);
        Field<StringGraphType>("end").Description("Null unless the expression is a range.").Resolve(c => c.Source.End);
        Field<NonNullGraphType<DatePrecisionType>>("precision").Resolve(c => c.Source.Precision);
        Field<StringGraphType>("note").Description("Text in parentheses after the date, such as \"first dialogue\" or \"announced\".").Resolve(c => c.Source.Note);
    }
}

public sealed class SourceSpanType : ObjectGraphType<SourceSpan>
{
    public SourceSpanType()
    {
        Name = "SourceSpan";
        Description = "Where in the source document an entry was read from (1-based, inclusive line numbers).";
        Field<NonNullGraphType<StringGraphType>>("document").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<IntGraphType>>("firstLine").Resolve(c => c.Source.FirstLine);
        Field<NonNullGraphType<IntGraphType>>("lastLine").Resolve(c => c.Source.LastLine);
    }
}

public sealed class InvolvementType : ObjectGraphType<Involvement>
{
    public InvolvementType()
    {
        Name = "Involvement";
        Description = "A country's part in an entry, with the text that produced the link.";
        Field<NonNullGraphType<CountryType>>("country").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<InvolvementRoleType>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<StringGraphType>>("evidence").Description("The words in the source that name the country.").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<IntGraphType>>("line").Description("The source line of the evidence.").Resolve(c => c.Source.Line);
    }
}

public sealed class BodyLinkType : ObjectGraphType<BodyLink>
{
    public BodyLinkType()
    {
        Name = "BodyLink";
        Description = "A body that issued or ran an entry, with the body line it was read from.";
        Field<NonNullGraphType<BodyType>>("body").Resolve(c => c.Source.Body);
        Field<NonNullGraphType<StringGraphType>>("evidence").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<IntGraphType>>("line").Resolve(c => c.Source.Line);
    }
}

public sealed class PlaceLinkType : ObjectGraphType<PlaceLink>
{
    public PlaceLinkType()
    {
        Name = "PlaceLink";
        Description = "A place where an entry was held, with the text that named it.";
        Field<NonNullGraphType<PlaceType>>("place").Resolve(c => c.Source.Place);
        Field<NonNullGraphType<StringGraphType>>("evidence").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<IntGraphType>>("line").Resolve(c => c.Source.Line);
    }
}

public sealed class ThemeMatchType : ObjectGraphType<ThemeLink>
{
    public ThemeMatchType()
    {
        Name = "ThemeMatch";
        Description =
            "A theme of an entry and the evidence for it: the taxonomy terms its text matched. A theme needs a specific term (one of " +
            "several words, or a domain term) or two distinct generic ones (Data/themes.json); a link on generic terms only is weak.";
        Field<NonNullGraphType<ThemeType>>("theme").Resolve(c => c.Source.Theme);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("terms")
            .Description("Every distinct term matched, as it appears in the text, in text order.")
            .Resolve(c => c.Source.Terms);
        Field<NonNullGraphType<FloatGraphType>>("confidence")
            .Description("0 to 1: 1 - the product of (1 - w) over the terms, w = 0.8 for a term of several words, 0.7 for a domain term, 0.3 for a generic one.")
            .Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<BooleanGraphType>>("weak")
            .Description("True when the link rests on generic terms only (several of them, none specific).")
            .Resolve(c => c.Source.Weak);
        Field<NonNullGraphType<StringGraphType>>("term")
            .Description("The first term, as it appears in the text.")
            .DeprecationReason("A theme link keeps all its terms: use 'terms'.")
            .Resolve(c => c.Source.Terms[0]);
        Field<NonNullGraphType<IntGraphType>>("line").Description("The line of the first term.").Resolve(c => c.Source.Line);
    }
}

public sealed class OrganizationMentionType : ObjectGraphType<OrganizationLink>
{
    public OrganizationMentionType()
    {
        Name = "OrganizationMention";
        Description = "An international organization named in an entry's text.";
        Field<NonNullGraphType<OrganizationType>>("organization").Resolve(c => c.Source.Organization);
        Field<NonNullGraphType<StringGraphType>>("evidence").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<IntGraphType>>("line").Resolve(c => c.Source.Line);
    }
}

using AseanCyber.Graph.Model;
using GraphQL.Types;

namespace AseanCyber.Api.Entries;

public sealed class EntryKindType : EnumerationGraphType<EntryKind>
{
    public EntryKindType()
    {
        Name = "EntryKind";
        Description = "What an entry is, from the sub-section of the profile it was listed under.";
    }
}

public sealed class EntryStatusType : EnumerationGraphType<EntryStatus>
{
    public EntryStatusType()
    {
        Name = "EntryStatus";
        Description = "A status the page gives: '(in progress)' or '(proposed)' before the title, or '(announced)' after the date.";
    }
}

public sealed class DatePrecisionType : EnumerationGraphType<DatePrecision>
{
    public DatePrecisionType() => Name = "DatePrecision";
}

public sealed class InvolvementRoleType : EnumerationGraphType<InvolvementRole>
{
    public InvolvementRoleType()
    {
        Name = "InvolvementRole";
        Description = "How a country takes part: PARTNER (named as a party), HOST (hosts it), VENUE (it takes place there).";
    }
}

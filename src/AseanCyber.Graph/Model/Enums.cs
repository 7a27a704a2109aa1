namespace AseanCyber.Graph.Model;

public enum EntryKind
{
    StrategyDocument,
    OtherDocument,
    Communication,
    SpecializedAgency,
    KeyPosition,
    NationalAgency,
    Legislation,
    Meeting,
    Activity,
    ExternalCooperation,
    Other,
}

public enum EntryStatus
{
    InProgress,
    Proposed,
    Announced,
}

public enum DatePrecision
{
    Year,
    Month,
    Day,
}

public enum InvolvementRole
{
    Partner,
    Host,
    Venue,
}

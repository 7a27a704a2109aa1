namespace AseanCyber.Neo4j.QueryApi;

// The values a record can hold, beside null, bool, long, double, string, byte[], DateOnly (Date), TimeOnly (LocalTime),
// DateTime of kind Unspecified (LocalDateTime), DateTimeOffset (OffsetDateTime), IReadOnlyList<object?> (List) and
// IReadOnlyDictionary<string, object?> (Map). Temporal values keep 100 ns precision: finer digits are dropped.

public sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

public sealed record Neo4jRelationship(
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);

/// <summary>A path as walked: <see cref="Relationships"/>[i] joins <see cref="Nodes"/>[i] and [i+1], in either direction.</summary>
public sealed record Neo4jPath(IReadOnlyList<Neo4jNode> Nodes, IReadOnlyList<Neo4jRelationship> Relationships);

/// <summary>A DATETIME in a named zone: the instant with the offset in force then, and the zone's id (e.g. <c>Europe/Berlin</c>).</summary>
public sealed record Neo4jZonedDateTime(DateTimeOffset Value, string Zone);

/// <summary>A ZONED TIME (Neo4j's <c>Time</c>): a time of day with an offset from UTC.</summary>
public sealed record Neo4jTime(TimeOnly Time, TimeSpan Offset);

/// <summary>
/// A DURATION as Neo4j keeps it: months, days and seconds are separate because their lengths vary
/// (a month is not a fixed number of days). <see cref="Nanoseconds"/> is 0 to 999 999 999 and adds to <see cref="Seconds"/>,
/// so -0.5 s is Seconds -1 and Nanoseconds 500 000 000.
/// </summary>
public sealed record Neo4jDuration(long Months, long Days, long Seconds, int Nanoseconds);

/// <summary>A POINT: <see cref="Srid"/> 7203/9157 are cartesian 2D/3D, 4326/4979 WGS-84 2D/3D (X longitude, Y latitude).</summary>
public sealed record Neo4jPoint(int Srid, double X, double Y, double? Z);

namespace AseanCyber.Graph.Import;

/// <summary>
/// Names on a body line. ';' always separates bodies; ',' only when every part reads as an organisation
/// ("ASEAN Secretariat, ASEAN Regional Forum"), since a comma also occurs inside one name ("Ministry of Justice, Legal Affairs").
/// </summary>
internal static class BodyLineParser
{
    public static List<string> Split(string line, Action<string> warn)
    {
        var names = new List<string>();
        foreach (var raw in line.Split(';'))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (!part.Contains(',', StringComparison.Ordinal))
            {
                names.Add(part);
                continue;
            }

            var pieces = part.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (pieces.All(LineShapes.LooksLikeOrganization))
            {
                names.AddRange(pieces);
            }
            else
            {
                names.Add(part);
                warn($"body line '{part}' has a ',' but not every part reads as an organisation; kept as one body (use ';' to separate bodies)");
            }
        }

        return [.. names.Distinct(StringComparer.Ordinal)];
    }
}

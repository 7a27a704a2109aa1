using System.Globalization;
using System.Text;
using AseanCyber.Api.Profiles;

namespace AseanCyber.Api.Cli;

/// <summary>
/// What the import command prints: plain lines and a table padded with spaces, never ANSI escapes, so it reads the same
/// on a terminal, in a file and in CI logs.
/// </summary>
public static class ImportReport
{
    private const string None = "-";

    /// <summary>"[12/200] name.txt  profile:xyz  97 entries  3 warnings", or the code and message of a page that is not a profile page.</summary>
    public static string ProgressLine(int position, int total, string display, PageImport page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var head = Invariant($"[{position}/{total}] {display}");
        return page.Document is null
            ? $"{head}  {page.Error?.Code}  {page.Error?.Message}"
            : $"{head}  {page.ProfileId}  {Count(page.EntryCount, "entry", "entries")}  {Count(page.Warnings.Count, "warning", "warnings")}";
    }

    /// <summary>A row per page (entries, warnings, kept or the error's code and message), totals, and each warning with --warnings.</summary>
    public static void WriteSummary(TextWriter output, IReadOnlyList<string> displays, IReadOnlyList<PageImport> pages, bool showWarnings)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(displays);
        ArgumentNullException.ThrowIfNull(pages);
        string[] header = ["Page", "Profile", "Entries", "Warnings", "Result"];
        var rows = pages.Select((p, i) => new[]
        {
            displays[i],
            p.ProfileId ?? None,
            p.Document is null ? None : Invariant($"{p.EntryCount}"),
            p.Document is null ? None : Invariant($"{p.Warnings.Count}"),
            p.Kept ? "kept" : $"{p.Error?.Code}: {p.Error?.Message}",
        }).ToList();

        // The last column is not padded: a long message then only lengthens its own line.
        var widths = Enumerable.Range(0, header.Length - 1).Select(c => rows.Select(r => r[c].Length).Append(header[c].Length).Max()).ToArray();
        output.WriteLine(Row(header, widths));
        foreach (var row in rows)
        {
            output.WriteLine(Row(row, widths));
        }

        var kept = pages.Where(p => p.Kept).ToList();
        output.WriteLine();
        output.WriteLine(Invariant(
            $"{Count(pages.Count, "page", "pages")}: {kept.Count} kept ({Count(kept.Sum(p => p.EntryCount), "entry", "entries")}, {Count(kept.Sum(p => p.Warnings.Count), "warning", "warnings")}), {pages.Count - kept.Count} not kept."));

        if (showWarnings && pages.Any(p => p.Warnings.Count > 0))
        {
            output.WriteLine();
            output.WriteLine("Warnings:");
            for (var i = 0; i < pages.Count; i++)
            {
                foreach (var warning in pages[i].Warnings)
                {
                    output.WriteLine($"  {displays[i]} {warning}");
                }
            }
        }
    }

    public static string Count(int count, string one, string many) => Invariant($"{count} {(count == 1 ? one : many)}");

    private static string Row(string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var c = 0; c < cells.Length; c++)
        {
            if (c > 0)
            {
                line.Append("  ");
            }

            // Numbers right-aligned, text left-aligned.
            var numeric = c is 2 or 3;
            line.Append(c == cells.Length - 1 ? cells[c] : numeric ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c]));
        }

        return line.ToString().TrimEnd();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

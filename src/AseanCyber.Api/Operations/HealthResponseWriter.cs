using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AseanCyber.Api.Operations;

/// <summary>
/// <c>{"status": "Healthy|Degraded|Unhealthy", "description": "...", "checks": {"name": {"status", "description", "durationMs"}}}</c>;
/// the top-level description is that of the failing checks, or of all when none fails.
/// </summary>
public static class HealthResponseWriter
{
    public static async Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";

        var failing = report.Entries.Values.Where(e => e.Status != HealthStatus.Healthy).ToList();
        var described = failing.Count > 0 ? failing : report.Entries.Values.ToList();
        var description = string.Join("; ", described.Select(e => e.Description).Where(d => !string.IsNullOrEmpty(d)));

        await using var json = new Utf8JsonWriter(http.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteString("description", description);
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description);
            json.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 1));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }
}

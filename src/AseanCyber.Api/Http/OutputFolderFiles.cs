using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace AseanCyber.Api.Http;

/// <summary>
/// Serves the files a build step copied into one folder of the app's output (Banana Cake Pop, the explorer): only files
/// inside that folder, each with the page's Content Security Policy, no framing, no MIME sniffing and an ETag, revalidated
/// on every use unless the constructor's isImmutable says its name changes with its content.
/// </summary>
internal sealed class OutputFolderFiles
{
    private const string ImmutableCache = "public, max-age=31536000, immutable";
    private const string RevalidateCache = "no-cache";

    private readonly string _rootWithSeparator;
    private readonly string _contentSecurityPolicy;
    private readonly string _notInstalledMessage;
    private readonly Func<string, bool> _isImmutable;
    private readonly FileExtensionContentTypeProvider _contentTypes = new();

    /// <param name="root">The folder, absolute or relative to the current directory.</param>
    /// <param name="contentSecurityPolicy">Sent with every file.</param>
    /// <param name="notInstalledMessage">The 404's text when the folder has no <c>index.html</c> (the build did not install it).</param>
    /// <param name="isImmutable">Whether a file (its path inside the folder, with '/') may be cached for good.</param>
    public OutputFolderFiles(string root, string contentSecurityPolicy, string notInstalledMessage, Func<string, bool>? isImmutable = null)
    {
        Root = Path.GetFullPath(root);
        _rootWithSeparator = Path.TrimEndingDirectorySeparator(Root) + Path.DirectorySeparatorChar;
        _contentSecurityPolicy = contentSecurityPolicy;
        _notInstalledMessage = notInstalledMessage;
        _isImmutable = isImmutable ?? (_ => false);
        IsInstalled = File.Exists(Path.Combine(Root, "index.html"));
        _contentTypes.Mappings[".webmanifest"] = "application/manifest+json";
        _contentTypes.Mappings[".mjs"] = "text/javascript";
    }

    public string Root { get; }

    public bool IsInstalled { get; }

    public IResult Serve(HttpContext http, string? file)
    {
        var subpath = string.IsNullOrEmpty(file) ? "index.html" : file;
        var fullPath = Path.GetFullPath(Path.Combine(Root, subpath));
        if (!fullPath.StartsWith(_rootWithSeparator, StringComparison.Ordinal) || !File.Exists(fullPath))
        {
            return IsInstalled
                ? Results.NotFound()
                : Results.Text(_notInstalledMessage, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        http.Response.Headers.CacheControl = _isImmutable(subpath) ? ImmutableCache : RevalidateCache;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = _contentSecurityPolicy;
        http.Response.Headers.XFrameOptions = "DENY";

        var info = new FileInfo(fullPath);
        var lastModified = new DateTimeOffset(info.LastWriteTimeUtc);
        var etag = new EntityTagHeaderValue($"\"{lastModified.UtcTicks:x}-{info.Length:x}\"");
        return Results.File(fullPath, ContentTypeOf(subpath), lastModified: lastModified, entityTag: etag);
    }

    private string ContentTypeOf(string subpath)
    {
        if (!Path.HasExtension(subpath))
        {
            return "text/plain; charset=utf-8"; // LICENSE
        }

        return _contentTypes.TryGetContentType(subpath, out var contentType) ? contentType : "application/octet-stream";
    }
}

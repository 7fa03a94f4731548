using System.Net.Http.Headers;

namespace Rasd.Ingest;

/// <summary>Fetches a page or feed by URL with a timeout and a size cap; any network failure is one clear <see cref="InputException"/>.</summary>
public static class UrlFetcher
{
    public static bool IsUrl(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The response bytes and the charset its Content-Type names (if any).</summary>
    public static (byte[] Bytes, string? Charset, string? MediaType) Fetch(string url, TimeSpan timeout, long maxBytes)
    {
        try
        {
            using var http = new HttpClient { Timeout = timeout };
            http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("rasd", "1"));
            using var response = http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode) throw new InputException($"{url}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            if (response.Content.Headers.ContentLength > maxBytes) throw new InputException($"{url}: {response.Content.Headers.ContentLength} bytes is more than the {maxBytes / (1024 * 1024)} MB limit");
            using var stream = response.Content.ReadAsStream();
            using var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > maxBytes) throw new InputException($"{url}: more than the {maxBytes / (1024 * 1024)} MB limit");
                buffer.Write(chunk, 0, n);
            }
            var type = response.Content.Headers.ContentType;
            return (buffer.ToArray(), type?.CharSet, type?.MediaType);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or InvalidOperationException or UriFormatException)
        {
            throw new InputException($"{url}: cannot fetch ({e.Message.Split('\n')[0]}); without network access save the page or feed and pass the file");
        }
    }
}

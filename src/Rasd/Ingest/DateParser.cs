using System.Globalization;
using System.Text.RegularExpressions;

namespace Rasd.Ingest;

/// <summary>Publication dates as sources write them: ISO 8601 (with or without time and offset), RFC 822 (feeds), yyyyMMdd, "yyyy-MM-dd HH:mm:ss", a date path in a URL. The calendar date is the one written (no conversion to UTC).</summary>
public static partial class DateParser
{
    private static readonly string[] Rfc822 =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss",
        "ddd, d MMM yyyy HH:mm zzz", "ddd, d MMM yyyy HH:mm", "ddd, d MMM yyyy",
    ];

    /// <summary>The date written in <paramref name="text"/>, or null when it is not a recognisable date.</summary>
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        var iso = IsoDate().Match(s);
        if (iso.Success) return Make(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value);
        var compact = CompactDate().Match(s);
        if (compact.Success) return Make(compact.Groups[1].Value, compact.Groups[2].Value, compact.Groups[3].Value);
        // RFC 822 zones like "GMT" or "+0400": .NET wants "+04:00"
        var rfc = ZoneName().Replace(s, " +00:00");
        rfc = CompactOffset().Replace(rfc, "$1$2:$3");
        if (DateTimeOffset.TryParseExact(rfc, Rfc822, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
            return DateOnly.FromDateTime(dto.DateTime);
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out dto))
            return DateOnly.FromDateTime(dto.DateTime);
        return null;
    }

    /// <summary>A date in a URL path: /2018/02/18/…, /2013/middle_east/8/3/…, /20180218/…, /2018-02-18-….</summary>
    public static DateOnly? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var m = UrlDate().Match(url);
        if (m.Success && Make(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) is { } d) return d;
        m = UrlCompact().Match(url);
        return m.Success ? Make(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) : null;
    }

    private static DateOnly? Make(string y, string m, string d)
    {
        if (!int.TryParse(y, out var year) || !int.TryParse(m, out var month) || !int.TryParse(d, out var day)) return null;
        if (year < 1900 || year > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(\d{4})(\d{2})(\d{2})(?:$|[T\s])")]
    private static partial Regex CompactDate();

    [GeneratedRegex(@"\s(GMT|UTC|UT|Z)$")]
    private static partial Regex ZoneName();

    [GeneratedRegex(@"([+-])(\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"/((?:19|20)\d{2})[/-](?:[A-Za-z_\-]+/)?(\d{1,2})[/-](\d{1,2})(?:[/\-_.]|$)")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/\-_.]|$)")]
    private static partial Regex UrlCompact();
}

using System.Globalization;
using System.Numerics;
using System.Text;

namespace Rasd.Evaluation;

/// <summary>Python's float formatting: repr (shortest round-trip), format 'f' and round() — both correctly rounded, ties to even.</summary>
public static class PyFloat
{
    /// <summary>repr(x): '0.5', '45.0', '1e+16', '1e-05', 'inf', 'nan'.</summary>
    public static string Repr(double x)
    {
        if (double.IsNaN(x)) return "nan";
        if (double.IsInfinity(x)) return x > 0 ? "inf" : "-inf";
        var sign = double.IsNegative(x) ? "-" : "";
        if (x == 0) return sign + "0.0";
        // .NET's "R" gives the shortest round-trip digits, as Python's repr does; only the layout differs
        var r = Math.Abs(x).ToString("R", CultureInfo.InvariantCulture);
        var exp = 0;
        var e = r.IndexOf('E');
        if (e >= 0)
        {
            exp = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }
        var dot = r.IndexOf('.');
        var intLen = dot < 0 ? r.Length : dot;
        var digits = r.Replace(".", "");
        var lead = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        var decpt = intLen - lead + exp; // x = 0.DIGITS × 10^decpt
        var sb = new StringBuilder(sign);
        if (decpt is > -4 and <= 16)
        {
            if (decpt <= 0) sb.Append("0.").Append('0', -decpt).Append(digits);
            else if (decpt >= digits.Length) sb.Append(digits).Append('0', decpt - digits.Length).Append(".0");
            else sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            var x10 = decpt - 1;
            sb.Append('e').Append(x10 < 0 ? '-' : '+').Append(Math.Abs(x10).ToString("00", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>f"{x:.{decimals}f}": the exact binary value rounded half to even.</summary>
    public static string Fixed(double x, int decimals)
    {
        if (double.IsNaN(x)) return "nan";
        if (double.IsInfinity(x)) return x > 0 ? "inf" : "-inf";
        var bits = BitConverter.DoubleToInt64Bits(x);
        var negative = bits < 0;
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1;
        else mantissa |= 1L << 52;
        var e2 = exponent - 1075; // |x| = mantissa × 2^e2
        var scaled = new BigInteger(mantissa) * BigInteger.Pow(10, decimals);
        BigInteger q;
        if (e2 >= 0) q = scaled << e2;
        else
        {
            var den = BigInteger.One << -e2;
            q = BigInteger.DivRem(scaled, den, out var rem);
            var twice = rem * 2;
            if (twice > den || (twice == den && !q.IsEven)) q += 1;
        }
        var s = q.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        var body = decimals == 0 ? s : s[..^decimals] + "." + s[^decimals..];
        return (negative ? "-" : "") + body;
    }

    /// <summary>round(x, digits): the double nearest to x correctly rounded to that many decimals.</summary>
    public static double Round(double x, int digits) =>
        double.IsFinite(x) ? double.Parse(Fixed(x, digits), NumberStyles.Float, CultureInfo.InvariantCulture) : x;
}

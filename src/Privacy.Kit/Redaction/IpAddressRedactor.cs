using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Privacy.Kit.Redaction;

/// <summary>
/// Truncates an IP address: IPv4 keeps the first three octets (<c>192.168.10.42</c> becomes <c>192.168.10.0</c>),
/// IPv6 keeps the first 48 bits (<c>2001:db8:85a3:8d3::7</c> becomes <c>2001:db8:85a3::</c>). A value that is not an
/// IP address (a port, brackets, a host name) is hidden entirely.
/// </summary>
[SkipLocalsInit] // Its stack buffers are read only where it wrote them.
internal sealed class IpAddressRedactor : MaskingRedactor
{
    private const int Ipv6Groups = 8;
    private const int KeptIpv6Groups = 3;

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>The shared instance; the redactor has no state.</summary>
    public static IpAddressRedactor Instance { get; } = new();

    /// <inheritdoc />
    protected override int Write(ReadOnlySpan<char> input, Span<char> destination)
    {
        // An IPv6 address can end in something that looks like a ":TagName" discriminator ("fe80::abcd"), so the whole
        // input is tried when the stripped one is no address. Stripping first never keeps more: a shorter address only
        // moves the groups after "::" further right.
        // A suffix made of hex digits only ("a:::D7Cf6Cac82287Cf") may be the rest of a malformed address as well as a
        // tag: it is not taken for a tag, so such text is hidden entirely rather than read as the address before it.
        ReadOnlySpan<char> stripped = DiscriminatorSuffix.Strip(input);
        if (stripped.Length != input.Length && !input[(stripped.Length + 1)..].ContainsAnyExcept(HexDigits))
        {
            stripped = input;
        }

        int written = TryWrite(stripped, destination);
        if (written == 0 && stripped.Length != input.Length)
        {
            written = TryWrite(input, destination);
        }

        return written == 0 ? WriteMaskOnly(destination) : written;
    }

    private static int TryWrite(ReadOnlySpan<char> address, Span<char> destination)
    {
        Span<byte> ipv4 = stackalloc byte[4];
        if (TryParseIpv4(address, ipv4))
        {
            int position = 0;
            for (int i = 0; i < 3; i++)
            {
                position = WriteDecimal(destination, position, ipv4[i]);
                destination[position++] = '.';
            }

            destination[position++] = '0';
            return position;
        }

        Span<ushort> groups = stackalloc ushort[Ipv6Groups];
        if (TryParseIpv6(address, groups))
        {
            int position = 0;
            for (int i = 0; i < KeptIpv6Groups; i++)
            {
                position = WriteHex(destination, position, groups[i]);
                destination[position++] = ':';
            }

            destination[position++] = ':';
            return position;
        }

        return 0;
    }

    private static bool TryParseIpv4(ReadOnlySpan<char> text, Span<byte> octets)
    {
        int octet = 0;
        int value = 0;
        int digits = 0;
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                value = (value * 10) + (c - '0');
                if (++digits > 3 || value > 255)
                {
                    return false;
                }
            }
            else if (c == '.' && digits > 0 && octet < 3)
            {
                octets[octet++] = (byte)value;
                value = 0;
                digits = 0;
            }
            else
            {
                return false;
            }
        }

        if (octet != 3 || digits == 0)
        {
            return false;
        }

        octets[3] = (byte)value;
        return true;
    }

    /// <summary>
    /// Parses an IPv6 address in one pass: hex groups, at most one <c>::</c>, an optional dotted IPv4 tail and an
    /// optional zone.
    /// </summary>
    private static bool TryParseIpv6(ReadOnlySpan<char> text, Span<ushort> groups)
    {
        // A zone ("%eth0") names a local interface; it is never written, only cut off.
        int zone = text.IndexOf('%');
        if (zone >= 0)
        {
            text = text[..zone];
        }

        Span<byte> ipv4 = stackalloc byte[4];
        int count = 0;
        int compressedAt = -1;
        int i = 0;
        if (text.StartsWith("::"))
        {
            compressedAt = 0;
            i = 2;
        }

        while (i < text.Length)
        {
            int start = i;
            int value = 0;
            for (int digit; i < text.Length && i - start <= 4 && (digit = HexValue(text[i])) >= 0; i++)
            {
                value = (value << 4) | digit;
            }

            if (i < text.Length && text[i] == '.')
            {
                // The last 32 bits written as IPv4 ("::ffff:192.0.2.1"): it must run to the end.
                if (count > Ipv6Groups - 2 || !TryParseIpv4(text[start..], ipv4))
                {
                    return false;
                }

                groups[count++] = (ushort)((ipv4[0] << 8) | ipv4[1]);
                groups[count++] = (ushort)((ipv4[2] << 8) | ipv4[3]);
                break;
            }

            if (i == start || i - start > 4 || count == Ipv6Groups)
            {
                return false;
            }

            groups[count++] = (ushort)value;
            if (i == text.Length)
            {
                break;
            }

            // After a group comes ":" and another group, or "::" (once) and possibly nothing more.
            if (text[i] != ':' || ++i == text.Length)
            {
                return false;
            }

            if (text[i] == ':')
            {
                if (compressedAt >= 0)
                {
                    return false;
                }

                compressedAt = count;
                i++;
            }
        }

        if (compressedAt < 0)
        {
            return count == Ipv6Groups;
        }

        if (count > Ipv6Groups - 1)
        {
            return false;
        }

        // The groups after "::" move to the end; the ones it stands for are zero.
        int after = count - compressedAt;
        groups[compressedAt..count].CopyTo(groups[(Ipv6Groups - after)..]);
        groups[compressedAt..(Ipv6Groups - after)].Clear();
        return true;
    }

    /// <summary>The value of a hex digit; -1 for any other character.</summary>
    /// <remarks>A table rather than three range tests: digits, letters and colons alternate unpredictably in an address.</remarks>
    private static int HexValue(char c) => c < 128 ? HexDigitValues[c] : -1;

    /// <summary>The value of each ASCII character as a hex digit, -1 where it is none.</summary>
    private static ReadOnlySpan<sbyte> HexDigitValues =>
    [
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1, -1, -1, -1, -1, -1,
        -1, 10, 11, 12, 13, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, 10, 11, 12, 13, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    ];

    /// <summary>Writes an octet in decimal without leading zeros (culture-free, unlike number formatting).</summary>
    private static int WriteDecimal(Span<char> destination, int position, byte value)
    {
        if (value >= 100)
        {
            destination[position++] = (char)('0' + (value / 100));
        }

        if (value >= 10)
        {
            destination[position++] = (char)('0' + (value / 10 % 10));
        }

        destination[position++] = (char)('0' + (value % 10));
        return position;
    }

    /// <summary>Writes a group in lower-case hex without leading zeros, as RFC 5952 prescribes.</summary>
    private static int WriteHex(Span<char> destination, int position, ushort value)
    {
        int highestBit = 31 - BitOperations.LeadingZeroCount((uint)value);
        for (int shift = Math.Max(highestBit, 0) & ~3; shift >= 0; shift -= 4)
        {
            destination[position++] = "0123456789abcdef"[(value >> shift) & 0xF];
        }

        return position;
    }
}

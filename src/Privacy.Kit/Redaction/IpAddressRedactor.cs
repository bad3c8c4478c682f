using System.Globalization;

namespace Privacy.Kit.Redaction;

/// <summary>
/// Truncates an IP address: IPv4 keeps the first three octets (<c>192.168.10.42</c> becomes <c>192.168.10.0</c>),
/// IPv6 keeps the first 48 bits (<c>2001:db8:85a3:8d3::7</c> becomes <c>2001:db8:85a3::</c>). A value that is not an
/// IP address (a port, brackets, a host name) is hidden entirely.
/// </summary>
internal sealed class IpAddressRedactor : MaskingRedactor
{
    private const int Ipv6Groups = 8;
    private const int KeptIpv6Groups = 3;

    /// <summary>The shared instance; the redactor has no state.</summary>
    public static IpAddressRedactor Instance { get; } = new();

    /// <inheritdoc />
    protected override int Write(ReadOnlySpan<char> input, Span<char> destination)
    {
        // An IPv6 address can end in something that looks like a ":TagName" discriminator ("fe80::abcd"), so the whole
        // input is tried when the stripped one is no address. Stripping first never keeps more: a shorter address only
        // moves the groups after "::" further right.
        ReadOnlySpan<char> stripped = DiscriminatorSuffix.Strip(input);
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
                ipv4[i].TryFormat(destination[position..], out int length, default, CultureInfo.InvariantCulture);
                position += length;
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
                groups[i].TryFormat(destination[position..], out int length, "x", CultureInfo.InvariantCulture);
                position += length;
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

    private static bool TryParseIpv6(ReadOnlySpan<char> text, Span<ushort> groups)
    {
        // A zone ("%eth0") names a local interface; it is never written, only cut off.
        int zone = text.IndexOf('%');
        if (zone >= 0)
        {
            text = text[..zone];
        }

        int compression = text.IndexOf("::");
        if (compression < 0)
        {
            return TryParseGroups(text, groups) == Ipv6Groups;
        }

        if (text[(compression + 2)..].IndexOf("::") >= 0)
        {
            return false;
        }

        Span<ushort> tail = stackalloc ushort[Ipv6Groups];
        int head = compression == 0 ? 0 : TryParseGroups(text[..compression], groups);
        int after = compression + 2 == text.Length ? 0 : TryParseGroups(text[(compression + 2)..], tail);
        if (head < 0 || after < 0 || head + after > Ipv6Groups - 1)
        {
            return false;
        }

        groups[head..].Clear();
        tail[..after].CopyTo(groups[(Ipv6Groups - after)..]);
        return true;
    }

    /// <summary>Parses colon-separated hex groups, the last of which may be a dotted IPv4 address (two groups).</summary>
    /// <returns>The number of groups parsed; -1 when the text is not a group list.</returns>
    private static int TryParseGroups(ReadOnlySpan<char> text, Span<ushort> groups)
    {
        int count = 0;
        Span<byte> ipv4 = stackalloc byte[4];
        for (ReadOnlySpan<char> rest = text; ; rest = rest[(rest.IndexOf(':') + 1)..])
        {
            int colon = rest.IndexOf(':');
            bool last = colon < 0;
            ReadOnlySpan<char> group = last ? rest : rest[..colon];
            if (group.Contains('.') && last && count <= Ipv6Groups - 2)
            {
                if (!TryParseIpv4(group, ipv4))
                {
                    return -1;
                }

                groups[count++] = (ushort)((ipv4[0] << 8) | ipv4[1]);
                groups[count++] = (ushort)((ipv4[2] << 8) | ipv4[3]);
                return count;
            }

            if (group.IsEmpty || group.Length > 4 || count == Ipv6Groups ||
                !ushort.TryParse(group, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort value))
            {
                return -1;
            }

            groups[count++] = value;
            if (last)
            {
                return count;
            }
        }
    }
}

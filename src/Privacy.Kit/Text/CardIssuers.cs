namespace Privacy.Kit.Text;

/// <summary>
/// Issuer prefixes (IIN ranges) and the lengths each network issues. Luhn alone accepts one random number in ten,
/// millisecond timestamps included; the issuer table rejects most of those because no network issues them.
/// </summary>
internal static class CardIssuers
{
    /// <summary>Whether a network issues a card number with these leading digits and this length.</summary>
    public static bool IsIssued(ReadOnlySpan<byte> digits)
    {
        var length = digits.Length;
        if (length is < 13 or > 19)
        {
            return false;
        }

        var two = (digits[0] * 10) + digits[1];
        var four = (two * 100) + (digits[2] * 10) + digits[3];
        return digits[0] switch
        {
            1 => length == 15, // UATP (airline cards)
            4 => length is 13 or 16 or 19, // Visa
            2 => four is >= 2221 and <= 2720 && length == 16, // Mastercard 2-series
            5 => two is >= 51 and <= 55 ? length == 16 : two is 50 or (>= 56 and <= 58) && length >= 16, // Mastercard, Maestro
            3 => two switch
            {
                34 or 37 => length == 15, // American Express
                36 => length is 14 or 16, // Diners Club
                30 or 38 or 39 => length is 14 or 16, // Diners Club
                35 => four is >= 3528 and <= 3589 && length >= 16, // JCB
                _ => false,
            },
            6 => two switch
            {
                60 => four == 6011 && length >= 16, // Discover
                62 => length >= 16, // UnionPay
                64 or 65 => length >= 16, // Discover
                63 or 67 or 68 or 69 or 61 or 66 => length >= 16, // Maestro and national schemes (Bancontact 67)
                _ => false,
            },
            _ => false,
        };
    }
}

namespace Privacy.Kit.Consent;

/// <summary>
/// How the organisation knows a person: a phone number, an e-mail address or a customer id, normalised so that
/// different spellings of the same identifier give the same pseudonym. The ledger never stores it: it stores
/// the <see cref="SubjectPseudonym"/> computed by a <see cref="SubjectPseudonymizer"/>.
/// <see cref="ToString"/> hides the value, so a subject id in a log message does not leak.
/// </summary>
public readonly struct SubjectId : IEquatable<SubjectId>
{
    private readonly string? _value;

    private SubjectId(SubjectIdKind kind, string value)
    {
        Kind = kind;
        _value = value;
        Memo = new PseudonymMemo();
    }

    /// <summary>The pseudonym computed last for this value; copies of the struct share it.</summary>
    internal PseudonymMemo? Memo { get; }

    /// <summary>What kind of identifier this is.</summary>
    public SubjectIdKind Kind { get; }

    /// <summary>The normalised identifier: <c>+31612345678</c>, a lower-case e-mail address, or the customer id.</summary>
    [PersonalData]
    public string Value => _value ?? throw new InvalidOperationException("This subject id was not created; use SubjectId.Parse or one of its factories.");

    /// <summary>A telephone number in international form; spaces, dashes, dots, brackets and a leading <c>00</c> are accepted.</summary>
    /// <param name="number">For example <c>+31 6 1234 5678</c> or <c>0032 470 12 34 56</c>.</param>
    /// <returns>The subject id.</returns>
    /// <exception cref="FormatException">The number is not in international form or has too few or too many digits.</exception>
    public static SubjectId Phone(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        Span<char> digits = stackalloc char[16];
        var count = 0;
        var international = false;
        var span = number.AsSpan().Trim();
        if (span.StartsWith("+", StringComparison.Ordinal))
        {
            international = true;
            span = span[1..];
        }
        else if (span.StartsWith("00", StringComparison.Ordinal))
        {
            international = true;
            span = span[2..];
        }

        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    throw PhoneError();
                }

                digits[count++] = c;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '/'))
            {
                throw PhoneError();
            }
        }

        // E.164: a country code that never starts with 0, at most 15 digits; 8 is the shortest real subscriber number.
        if (!international || count is < 8 or > 15 || digits[0] == '0')
        {
            throw PhoneError();
        }

        return new SubjectId(SubjectIdKind.Phone, string.Concat("+", digits[..count]));
    }

    /// <summary>An e-mail address, compared without case.</summary>
    /// <param name="address">For example <c>Jan@Example.nl</c>.</param>
    /// <returns>The subject id.</returns>
    /// <exception cref="FormatException">The address has no local part, no <c>@</c>, no domain, or contains white space.</exception>
    public static SubjectId Email(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var trimmed = address.Trim();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != trimmed.LastIndexOf('@') || at == trimmed.Length - 1 || trimmed.AsSpan().IndexOfAny(" \t\r\n") >= 0)
        {
            throw new FormatException("An e-mail address needs one '@' with text on both sides and no spaces, for example 'jan@example.nl'.");
        }

        return new SubjectId(SubjectIdKind.Email, trimmed.ToLowerInvariant());
    }

    /// <summary>The organisation's own customer id, compared exactly (after trimming white space).</summary>
    /// <param name="id">For example <c>C-000123</c>.</param>
    /// <returns>The subject id.</returns>
    /// <exception cref="FormatException">The id is empty.</exception>
    public static SubjectId Customer(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var trimmed = id.Trim();
        return trimmed.Length == 0
            ? throw new FormatException("A customer id must not be empty.")
            : new SubjectId(SubjectIdKind.CustomerId, trimmed);
    }

    /// <summary>
    /// Reads an identifier as written on the command line: with an <c>@</c> an e-mail address, starting with
    /// <c>+</c> or <c>00</c> a phone number, otherwise a customer id.
    /// </summary>
    /// <param name="text">The identifier.</param>
    /// <returns>The subject id.</returns>
    /// <exception cref="FormatException">The text is empty or a malformed e-mail address or phone number.</exception>
    public static SubjectId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.AsSpan().Trim();
        return trimmed.Contains('@') ? Email(text)
            : trimmed.StartsWith("+", StringComparison.Ordinal) || trimmed.StartsWith("00", StringComparison.Ordinal) ? Phone(text)
            : Customer(text);
    }

    /// <summary>The kind, without the value, so that logging a subject id does not leak it.</summary>
    /// <returns>For example <c>phone:***</c>.</returns>
    public override string ToString() => Kind switch
    {
        SubjectIdKind.Phone => "phone:***",
        SubjectIdKind.Email => "email:***",
        _ => "customer:***",
    };

    /// <inheritdoc />
    public bool Equals(SubjectId other) => Kind == other.Kind && string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SubjectId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value));

    /// <summary>Whether two subject ids name the same identifier.</summary>
    /// <param name="left">A subject id.</param>
    /// <param name="right">Another subject id.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SubjectId left, SubjectId right) => left.Equals(right);

    /// <summary>Whether two subject ids name different identifiers.</summary>
    /// <param name="left">A subject id.</param>
    /// <param name="right">Another subject id.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SubjectId left, SubjectId right) => !left.Equals(right);

    private static FormatException PhoneError() => new(
        "A phone number must be in international form, '+' or '00' then the country code and 8 to 15 digits in all, for example '+31 6 12345678'.");
}

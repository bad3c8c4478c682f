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

    /// <summary>The region a national phone number (<c>06 12345678</c>) is read in when none is given: <c>NL</c>.</summary>
    public const string DefaultRegion = "NL";

    /// <summary>
    /// A telephone number, canonicalised to E.164 with libphonenumber: <c>0611112222</c>, <c>06-11112222</c>,
    /// <c>+31 (0)6 11112222</c>, <c>0031611112222</c> and <c>+31611112222</c> are the same subject. A national number
    /// is read in <see cref="DefaultRegion"/> (NL).
    /// </summary>
    /// <param name="number">For example <c>06 1234 5678</c>, <c>+31 6 1234 5678</c> or <c>0032 470 12 34 56</c>.</param>
    /// <returns>The subject id.</returns>
    /// <exception cref="FormatException">The text is not a possible phone number.</exception>
    public static SubjectId Phone(string number) => Phone(number, DefaultRegion);

    /// <summary>A telephone number canonicalised to E.164, a national number read in <paramref name="defaultRegion"/>.</summary>
    /// <param name="number">For example <c>0470 12 34 56</c> with region <c>BE</c>.</param>
    /// <param name="defaultRegion">The ISO 3166 region of national numbers, for example <c>NL</c> or <c>BE</c>.</param>
    /// <returns>The subject id.</returns>
    /// <exception cref="FormatException">The text is not a possible phone number, or the region is unknown.</exception>
    public static SubjectId Phone(string number, string defaultRegion) =>
        PhoneCanonicalizer.TryCanonicalize(number, defaultRegion, requireValid: false, out var e164, out var problem)
            ? new SubjectId(SubjectIdKind.Phone, e164)
            : throw new FormatException(problem);

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

    /// <summary>Reads an identifier as written on the command line, national phone numbers in <see cref="DefaultRegion"/>; see <see cref="Parse(string, string, SubjectIdKind?)"/>.</summary>
    /// <param name="text">The identifier.</param>
    /// <returns>The subject id.</returns>
    /// <exception cref="FormatException">The text is empty, malformed or ambiguous.</exception>
    public static SubjectId Parse(string text) => Parse(text, DefaultRegion);

    /// <summary>
    /// Reads an identifier as written on the command line: with an <c>@</c> an e-mail address; starting with
    /// <c>+</c>, <c>00</c> or <c>0</c> and a valid number for <paramref name="region"/> a phone number; containing a
    /// letter a customer id. Digits alone without a leading <c>0</c>, <c>00</c> or <c>+</c> are ambiguous and refused
    /// unless <paramref name="kind"/> says what they are.
    /// </summary>
    /// <param name="text">The identifier.</param>
    /// <param name="region">The region of national phone numbers, for example <c>NL</c> or <c>BE</c>.</param>
    /// <param name="kind">What the identifier is, when the caller knows; null to decide by the rules above.</param>
    /// <returns>The subject id.</returns>
    /// <exception cref="FormatException">The text is empty, malformed or ambiguous.</exception>
    public static SubjectId Parse(string text, string region, SubjectIdKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.AsSpan().Trim();
        switch (kind)
        {
            case SubjectIdKind.Phone:
                return Phone(text, region);
            case SubjectIdKind.Email:
                return Email(text);
            case SubjectIdKind.CustomerId:
                return Customer(text);
        }

        if (trimmed.Contains('@'))
        {
            return Email(text);
        }

        if (trimmed.StartsWith("+", StringComparison.Ordinal) || trimmed.StartsWith("0", StringComparison.Ordinal))
        {
            if (PhoneCanonicalizer.TryCanonicalize(text, region, requireValid: true, out var e164, out var problem))
            {
                return new SubjectId(SubjectIdKind.Phone, e164);
            }

            if (trimmed.StartsWith("+", StringComparison.Ordinal) || !ContainsLetter(trimmed))
            {
                throw new FormatException(problem + " Say what it is with --subject-kind phone|email|customer.");
            }
        }

        return ContainsLetter(trimmed) ? Customer(text)
            : trimmed.IsEmpty ? throw new FormatException("A subject must not be empty.")
            : throw new FormatException(
                "Digits without a leading 0, 00 or + are ambiguous (a phone number without its 0, or a customer id?); say what it is with --subject-kind phone|email|customer.");
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

    private static bool ContainsLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}

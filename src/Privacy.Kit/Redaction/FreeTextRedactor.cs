using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Text;

namespace Privacy.Kit.Redaction;

/// <summary>
/// The redactor for <see cref="PrivacyTaxonomy.FreeText"/>: scans the text and replaces each personal-data item with
/// the redactor its kind has everywhere else (a phone number in a note is masked exactly as a
/// <see cref="PrivacyTaxonomy.PhoneNumber"/> field is); the rest of the text is kept. <c>AddPrivacyKit()</c> registers it
/// for <see cref="PrivacyTaxonomy.FreeText"/>. Like the other Privacy.Kit redactors it drops the <c>:TagName</c> suffix
/// Microsoft's logger appends to a classified value.
/// </summary>
[Redacts(Keeps = "the text without the personal data the scanner finds")]
public sealed class FreeTextRedactor : Redactor
{
    private readonly Lazy<KindRedactors> byKind;

    /// <summary>Initializes a new instance that takes each kind's redactor from <paramref name="kindRedactors"/>.</summary>
    /// <param name="kindRedactors">The provider that maps each <see cref="PrivacyTaxonomy"/> classification to its redactor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kindRedactors"/> is <see langword="null"/>.</exception>
    public FreeTextRedactor(IRedactorProvider kindRedactors)
    {
        ArgumentNullException.ThrowIfNull(kindRedactors);

        // Resolved on first use, so a provider may hold this redactor among its own.
        byKind = new Lazy<KindRedactors>(() => KindRedactors.From(kindRedactors));
    }

    /// <summary>Initializes a new instance over redactors that are complete only once their owner is built.</summary>
    internal FreeTextRedactor(Func<KindRedactors> kindRedactors) => byKind = new Lazy<KindRedactors>(kindRedactors);

    /// <inheritdoc/>
    public override int GetRedactedLength(ReadOnlySpan<char> input)
    {
        input = DiscriminatorSuffix.Strip(input);
        var redactors = byKind.Value;
        var length = input.Length;
        foreach (var match in PersonalDataScanner.EnumerateMatches(input))
        {
            length += redactors.For(match.Kind).GetRedactedLength(input.Slice(match.Start, match.Length)) - match.Length;
        }

        return length;
    }

    /// <inheritdoc/>
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        source = DiscriminatorSuffix.Strip(source);
        var redactors = byKind.Value;
        var read = 0;
        var written = 0;
        foreach (var match in PersonalDataScanner.EnumerateMatches(source))
        {
            source[read..match.Start].CopyTo(destination[written..]);
            written += match.Start - read;
            written += redactors.For(match.Kind).Redact(source.Slice(match.Start, match.Length), destination[written..]);
            read = match.End;
        }

        source[read..].CopyTo(destination[written..]);
        return written + source.Length - read;
    }
}

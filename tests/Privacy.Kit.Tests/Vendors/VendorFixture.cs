using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Privacy.Kit.Vendors;

namespace Privacy.Kit.Tests.Vendors;

/// <summary>Builds policies and a <see cref="VendorSharing"/> for the tests.</summary>
internal static class VendorFixture
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    public static VendorPolicy Policy(string purpose, string[] allow, string[]? redact = null, UnclassifiedPersonalData unclassified = UnclassifiedPersonalData.Deny)
    {
        var policy = new VendorPolicy
        {
            LegalEntity = "Acme CRM B.V.",
            Role = VendorRole.Processor,
            Retention = TimeSpan.FromDays(90),
            UnclassifiedPersonalData = unclassified,
        };
        policy.Countries.Add("NL");
        var kinds = new VendorPurposePolicy();
        foreach (var kind in allow)
        {
            kinds.Allow.Add(kind);
        }

        foreach (var kind in redact ?? [])
        {
            kinds.Redact.Add(kind);
        }

        policy.Purposes[purpose] = kinds;
        return policy;
    }

    public static VendorSharing Sharing(VendorPolicy policy, IDisclosureLog? log = null, IRedactorProvider? redactors = null)
    {
        var options = new VendorSharingOptions();
        options.Vendors["AcmeCrm"] = policy;
        return new VendorSharing(Options.Create(options), log ?? new InMemoryDisclosureLog(), new FakeTimeProvider(Now), redactors);
    }
}

/// <summary>Keeps the last two characters and masks the rest, so tests can see a redactor ran.</summary>
internal sealed class MaskingRedactorProvider : IRedactorProvider
{
    public Redactor GetRedactor(DataClassificationSet classifications) => new MaskingRedactor();

    private sealed class MaskingRedactor : Redactor
    {
        public override int GetRedactedLength(ReadOnlySpan<char> input) => input.Length;

        public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
        {
            for (var i = 0; i < source.Length; i++)
            {
                destination[i] = i < source.Length - 2 ? '*' : source[i];
            }

            return source.Length;
        }
    }
}

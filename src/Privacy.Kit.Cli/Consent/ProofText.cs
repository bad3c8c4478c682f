using System.Globalization;
using System.Text;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Cli.Consent;

/// <summary>A proof written for a person to read: what was recorded about them, when, and every decision with its reasons.</summary>
internal static class ProofText
{
    public static string Write(ConsentProof proof)
    {
        var text = new StringBuilder();
        Line(text, $"Consent record for subject {proof.Subject}");
        Line(text, $"Made on {Moment(proof.GeneratedAt)}; {proof.Entries.Count} entries.");
        Line(text, proof.Verification.IsIntact
            ? "The record is complete and unchanged (its chain of hashes verifies)."
            : $"WARNING: the record is damaged at entry {proof.Verification.BrokenAt}: {proof.Verification.Problem}.");
        if (proof.Inclusion is { } inclusion)
        {
            Line(text, inclusion.Digest is { } digest
                ? $"Every entry is proven to be in the ledger the signed digest of {Moment(digest.CreatedAt)} covers ({digest.TreeSize} entries)."
                : $"Every entry is proven to be in the ledger of {inclusion.TreeSize} entries (root {inclusion.RootHash}).");
            foreach (var problem in inclusion.Ledger.Problems)
            {
                Line(text, "WARNING: " + problem + ".");
            }
        }

        text.AppendLine();
        foreach (var entry in proof.Entries)
        {
            Line(text, $"{entry.Sequence,4}. {Moment(entry.Event.OccurredAt)}  {Describe(entry.Event)}");
        }

        return text.ToString().TrimEnd();
    }

    private static string Describe(ConsentEvent e) => e switch
    {
        ConsentGiven g => $"consent given for {Name(g.Purpose)} by {ConsentVocabulary.Name(g.Channel)} to {g.LegalEntity}"
            + (g.CollectionMethod is { } method ? $" ({method})" : string.Empty)
            + (g.ValidUntil is { } until ? $", valid until {Moment(until)}" : string.Empty),
        ConsentWithdrawn w => $"consent withdrawn for {Name(w.Purpose)} by {ConsentVocabulary.Name(w.Channel)} from {w.LegalEntity}",
        ObjectionRecorded => "objection to direct marketing (all channels)",
        CustomerRelationshipRecorded r => $"customer of {r.LegalEntity} since {Moment(r.Since)}" + (r.Until is { } end ? $" until {Moment(end)}" : string.Empty),
        CallRequested q => $"asked to be contacted about {Name(q.Purpose)} by {ConsentVocabulary.Name(q.Channel)}",
        ContactMade m => $"contacted for {Name(m.Purpose)} by {ConsentVocabulary.Name(m.Channel)} on behalf of {m.LegalEntity}; answer: {ConsentVocabulary.Name(m.Answer)}",
        ContactDecisionRecorded { Decision: var d } => $"decision: {Name(d.Purpose)} by {ConsentVocabulary.Name(d.Channel)} at {Moment(d.At)} was "
            + (d.Allowed
                ? "ALLOWED (" + string.Join("; ", d.Grounds.Select(ContactRuleCatalog.Explanation)) + ")"
                : "DENIED (" + string.Join("; ", d.Reasons.Select(ContactRuleCatalog.Explanation)) + ")"),
        _ => e.Kind,
    };

    private static string Name(ContactPurpose purpose) => ConsentVocabulary.Name(purpose).Replace('-', ' ');

    private static string Moment(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}

namespace Privacy.Kit.Consent;

/// <summary>
/// A person's history for a decision: the entries of the identifier asked about, plus the objections and
/// withdrawals recorded under every identifier linked to it (directly or through others).
/// </summary>
internal static class LinkedHistory
{
    /// <summary>How many linked identifiers are followed at most; a person has a handful.</summary>
    private const int MaxIdentifiers = 64;

    public static IReadOnlyList<ConsentRecord> Read(SubjectPseudonym subject, Func<SubjectPseudonym, IReadOnlyList<ConsentRecord>> readHistory)
    {
        var own = readHistory(subject);
        if (!HasLinks(own))
        {
            return own;
        }

        var merged = new List<ConsentRecord>(own);
        var seen = new HashSet<SubjectPseudonym> { subject };
        var queue = new Queue<SubjectPseudonym>();
        Enqueue(own, seen, queue);
        while (queue.Count > 0 && seen.Count <= MaxIdentifiers)
        {
            var history = readHistory(queue.Dequeue());
            foreach (var record in history)
            {
                if (record.Event is ObjectionRecorded or ConsentWithdrawn or ContactMade { Answer: ObjectionAnswer.Objected })
                {
                    merged.Add(record);
                }
            }

            Enqueue(history, seen, queue);
        }

        return [.. merged];
    }

    private static bool HasLinks(IReadOnlyList<ConsentRecord> history)
    {
        for (var i = 0; i < history.Count; i++)
        {
            if (history[i].Event is IdentifiersLinked)
            {
                return true;
            }
        }

        return false;
    }

    private static void Enqueue(IReadOnlyList<ConsentRecord> history, HashSet<SubjectPseudonym> seen, Queue<SubjectPseudonym> queue)
    {
        foreach (var record in history)
        {
            if (record.Event is IdentifiersLinked link)
            {
                foreach (var other in link.Others)
                {
                    if (seen.Add(other))
                    {
                        queue.Enqueue(other);
                    }
                }
            }
        }
    }
}

using System.Collections.Frozen;

namespace Privacy.Kit.Consent;

/// <summary>An opt-out list held in memory, for example loaded from an export of the "Do Not Call Me" list.</summary>
public sealed class DoNotCallList : IDoNotCallRegister
{
    private readonly FrozenSet<string> _numbers;

    /// <summary>Initializes a new instance of the <see cref="DoNotCallList"/> class.</summary>
    /// <param name="numbers">The registered numbers, national ones read as Belgian (spaces and dashes allowed).</param>
    /// <exception cref="FormatException">A text is not a phone number.</exception>
    public DoNotCallList(IEnumerable<string> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var normalised = new HashSet<string>(StringComparer.Ordinal);
        foreach (var number in numbers)
        {
            normalised.Add(SubjectId.Phone(number, "BE").Value);
        }

        _numbers = normalised.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>How many numbers the list holds.</summary>
    public int Count => _numbers.Count;

    /// <inheritdoc />
    public DoNotCallStatus Lookup(SubjectId subject, DateTimeOffset at) =>
        subject.Kind != SubjectIdKind.Phone ? DoNotCallStatus.Unknown
        : _numbers.Contains(subject.Value) ? DoNotCallStatus.Registered
        : DoNotCallStatus.NotRegistered;
}

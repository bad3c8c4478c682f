using Microsoft.Extensions.Compliance.Redaction;

namespace Privacy.Kit.Redaction;

/// <summary>
/// One thread's last value measured by a <see cref="MaskingRedactor"/>, with its redacted form. Microsoft's logger
/// and <see cref="Redactor.Redact(string?)"/> ask for <see cref="Redactor.GetRedactedLength(ReadOnlySpan{char})"/> and
/// then redact the same value, so the second call copies the remembered output instead of parsing the value again.
/// </summary>
/// <remarks>
/// A hit needs the same redactor and an equal input (compared by content, not by address, so a reused buffer holding
/// another value never gets the previous value's output). The remembered input is cleared as soon as it is used, so a
/// value's plain text does not outlive the redaction that asked for it.
/// </remarks>
internal sealed class RedactionMemo
{
    /// <summary>Longer values are not remembered: copying and comparing them would cost more than parsing.</summary>
    public const int MaxInputLength = 256;

    private readonly char[] _input = new char[MaxInputLength];
    private readonly char[] _output = new char[MaskingRedactor.MaxMaskedLength];
    private Redactor? _redactor;
    private int _inputLength;
    private int _outputLength;

    /// <summary>Where the redactor writes the output it is about to remember.</summary>
    public Span<char> OutputBuffer => _output;

    /// <summary>Remembers that <paramref name="redactor"/> wrote <paramref name="outputLength"/> characters of <see cref="OutputBuffer"/> for <paramref name="input"/>.</summary>
    public void Remember(Redactor redactor, ReadOnlySpan<char> input, int outputLength)
    {
        Forget();
        input.CopyTo(_input);
        _inputLength = input.Length;
        _outputLength = outputLength;
        _redactor = redactor;
    }

    /// <summary>The remembered output when <paramref name="redactor"/> last measured exactly <paramref name="input"/>; it is then forgotten.</summary>
    public bool TryTake(Redactor redactor, ReadOnlySpan<char> input, out ReadOnlySpan<char> output)
    {
        if (!ReferenceEquals(_redactor, redactor) || !input.SequenceEqual(_input.AsSpan(0, _inputLength)))
        {
            output = default;
            return false;
        }

        output = _output.AsSpan(0, _outputLength);
        Forget();
        return true;
    }

    private void Forget()
    {
        _input.AsSpan(0, _inputLength).Clear();
        _inputLength = 0;
        _redactor = null;
    }
}

using Microsoft.Extensions.Compliance.Redaction;

namespace Privacy.Kit.Redaction;

/// <summary>
/// One thread's last value measured by a redactor, with its redacted form. Microsoft's logger and
/// <see cref="Redactor.Redact(string?)"/> ask for <see cref="Redactor.GetRedactedLength(ReadOnlySpan{char})"/> and
/// then redact the same value, so the second call copies the remembered output instead of parsing (or scanning) the
/// value again.
/// </summary>
/// <remarks>
/// A hit needs the same redactor and an equal input (compared by content, not by address, so a reused buffer holding
/// another value never gets the previous value's output). The remembered input is cleared as soon as it is used, so a
/// value's plain text does not outlive the redaction that asked for it.
/// </remarks>
internal sealed class RedactionMemo
{
    private readonly char[] _input;
    private char[] _output;
    private Redactor? _redactor;
    private int _inputLength;
    private int _outputLength;

    /// <summary>Initializes a memo for inputs of at most <paramref name="maxInputLength"/> characters.</summary>
    /// <param name="maxInputLength">Longer values are not remembered: copying and comparing them would cost more than redacting.</param>
    /// <param name="outputLength">The output buffer's initial length; <see cref="Output(int)"/> grows it.</param>
    public RedactionMemo(int maxInputLength, int outputLength)
    {
        _input = new char[maxInputLength];
        _output = new char[outputLength];
    }

    /// <summary>Gets the longest input this memo remembers.</summary>
    public int MaxInputLength => _input.Length;

    /// <summary>Where the redactor writes the output it is about to remember, at least <paramref name="length"/> characters.</summary>
    public Span<char> Output(int length)
    {
        if (_output.Length < length)
        {
            _output = new char[Math.Max(length, _output.Length * 2)];
        }

        return _output;
    }

    /// <summary>
    /// Remembers that <paramref name="redactor"/> wrote <paramref name="outputLength"/> characters of <see cref="Output(int)"/>
    /// for <paramref name="input"/>; an input longer than <see cref="MaxInputLength"/> is not remembered, and what was
    /// remembered before is forgotten either way (its output has just been overwritten).
    /// </summary>
    public void Remember(Redactor redactor, ReadOnlySpan<char> input, int outputLength)
    {
        Forget();
        if (input.Length > _input.Length)
        {
            return;
        }

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

    /// <summary>Copies a redacted value to the caller's destination, as <see cref="Redactor.Redact(ReadOnlySpan{char}, Span{char})"/> returns it.</summary>
    /// <returns>The number of characters written.</returns>
    /// <exception cref="ArgumentException">The destination is shorter than <see cref="Redactor.GetRedactedLength(ReadOnlySpan{char})"/> said.</exception>
    public static int CopyOut(ReadOnlySpan<char> redacted, Span<char> destination)
    {
        if (redacted.Length > destination.Length)
        {
            throw new ArgumentException(
                $"The destination holds {destination.Length} characters but the redacted value needs {redacted.Length}; size it with GetRedactedLength.",
                nameof(destination));
        }

        redacted.CopyTo(destination);
        return redacted.Length;
    }

    private void Forget()
    {
        if (_inputLength != 0)
        {
            _input.AsSpan(0, _inputLength).Clear();
        }

        _inputLength = 0;
        _redactor = null;
    }
}

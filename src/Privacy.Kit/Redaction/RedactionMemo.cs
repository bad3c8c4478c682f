using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Microsoft.Extensions.Compliance.Redaction;

namespace Privacy.Kit.Redaction;

/// <summary>
/// One thread's last value measured by a redactor, with its redacted form. Microsoft's logger and
/// <see cref="Redactor.Redact(string?)"/> ask for <see cref="Redactor.GetRedactedLength(ReadOnlySpan{char})"/> and
/// then redact the same value, so the second call copies the remembered output instead of parsing (or scanning) the
/// value again.
/// </summary>
/// <remarks>
/// A hit needs the same redactor (its <see cref="NewOwner"/> key, an integer so remembering stores no reference and
/// pays no GC write barrier) and an equal input (compared by content, not by address, so a reused buffer holding
/// another value never gets the previous value's output). The remembered input is cleared as soon as it is used, so a
/// value's plain text does not outlive the redaction that asked for it.
/// </remarks>
internal sealed class RedactionMemo
{
    private readonly char[] _input;
    private char[] _output;
    private static int s_owners;
    private int _owner;
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

    /// <summary>A key no other redactor instance has, for <see cref="Remember"/> and <see cref="TryTake"/>.</summary>
    public static int NewOwner() => Interlocked.Increment(ref s_owners);

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
    /// Remembers that the redactor keyed <paramref name="owner"/> wrote <paramref name="outputLength"/> characters of <see cref="Output(int)"/>
    /// for <paramref name="input"/>; an input longer than <see cref="MaxInputLength"/> is not remembered, and what was
    /// remembered before is forgotten either way (its output has just been overwritten).
    /// </summary>
    public void Remember(int owner, ReadOnlySpan<char> input, int outputLength)
    {
        Forget();
        if (input.Length > _input.Length)
        {
            return;
        }

        CopyShort(input, _input);
        _inputLength = input.Length;
        _outputLength = outputLength;
        _owner = owner;
    }

    /// <summary>The remembered output when the redactor keyed <paramref name="owner"/> last measured exactly <paramref name="input"/>; it is then forgotten.</summary>
    public bool TryTake(int owner, ReadOnlySpan<char> input, out ReadOnlySpan<char> output)
    {
        if (_owner != owner || !input.SequenceEqual(_input.AsSpan(0, _inputLength)))
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

        CopyShort(redacted, destination);
        return redacted.Length;
    }

    /// <summary>
    /// Copies a value as short as most logged values (8 to 32 characters) with two overlapping vector moves and no call;
    /// <see cref="Span{T}.CopyTo"/> otherwise. A memo copies every value twice, and a call into <c>Memmove</c> per copy
    /// was a tenth of a masking redactor's time in the logger.
    /// </summary>
    private static void CopyShort(ReadOnlySpan<char> source, Span<char> destination)
    {
        int length = source.Length;
        bool vectors = length >= 16 ? Vector256.IsHardwareAccelerated : Vector128.IsHardwareAccelerated;
        if (length is < 8 or > 32 || destination.Length < length || !vectors)
        {
            source.CopyTo(destination);
            return;
        }

        ref ushort from = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source));
        ref ushort to = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        if (length >= 16)
        {
            Vector256<ushort> first = Vector256.LoadUnsafe(ref from);
            Vector256<ushort> last = Vector256.LoadUnsafe(ref from, (nuint)(length - 16));
            first.StoreUnsafe(ref to);
            last.StoreUnsafe(ref to, (nuint)(length - 16));
        }
        else
        {
            Vector128<ushort> first = Vector128.LoadUnsafe(ref from);
            Vector128<ushort> last = Vector128.LoadUnsafe(ref from, (nuint)(length - 8));
            first.StoreUnsafe(ref to);
            last.StoreUnsafe(ref to, (nuint)(length - 8));
        }
    }

    private void Forget()
    {
        if (_inputLength is > 0 and <= 32 && _input.Length >= 32 && Vector256.IsHardwareAccelerated)
        {
            // The common short value: two vector stores instead of a call.
            ref ushort input = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(_input));
            Vector256<ushort>.Zero.StoreUnsafe(ref input);
            Vector256<ushort>.Zero.StoreUnsafe(ref input, 16);
        }
        else if (_inputLength != 0)
        {
            _input.AsSpan(0, _inputLength).Clear();
        }

        _inputLength = 0;
        _owner = 0;
    }
}

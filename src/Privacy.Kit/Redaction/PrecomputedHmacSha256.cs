using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Unicode;

namespace Privacy.Kit.Redaction;

/// <summary>
/// HMAC-SHA256 with the key's inner and outer pad blocks compressed once, up front. Each value then costs only the
/// compressions of its own bytes plus one for the outer hash, with no native call, no key setup and no allocation;
/// the state lives on the stack, so one instance serves every thread.
/// </summary>
/// <remarks>The result equals <see cref="HMACSHA256.HashData(byte[], byte[])"/> of the value's UTF-8 bytes (tests check it).</remarks>
[SkipLocalsInit] // Every stack buffer is written before it is read; zeroing them cost a tenth of a value's time.
internal sealed class PrecomputedHmacSha256
{
    /// <summary>The size of the MAC in bytes.</summary>
    public const int MacBytes = 32;

    private const int BlockBytes = 64;
    private const int StateWords = 8;
    private const int EncodingChunkChars = 128;

    private static readonly uint[] InitialState =
    [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ];

    private static ReadOnlySpan<uint> RoundConstants =>
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    private readonly uint[] _innerState = new uint[StateWords];
    private readonly uint[] _outerState = new uint[StateWords];

    /// <summary>Precomputes the keyed states; a key longer than a block is hashed first, as HMAC specifies.</summary>
    public PrecomputedHmacSha256(ReadOnlySpan<byte> key)
    {
        Span<byte> block = stackalloc byte[BlockBytes];
        block.Clear();
        if (key.Length > BlockBytes)
        {
            SHA256.HashData(key, block);
        }
        else
        {
            key.CopyTo(block);
        }

        Span<byte> pad = stackalloc byte[BlockBytes];
        InitialState.CopyTo(_innerState, 0);
        InitialState.CopyTo(_outerState, 0);
        Xor(block, 0x36, pad);
        Compress(_innerState, pad);
        Xor(block, 0x5c, pad);
        Compress(_outerState, pad);
        CryptographicOperations.ZeroMemory(block);
        CryptographicOperations.ZeroMemory(pad);
    }

    /// <summary>Writes the HMAC of the UTF-8 encoding of <paramref name="text"/> (lone surrogates as U+FFFD) to <paramref name="mac"/>.</summary>
    public void Compute(ReadOnlySpan<char> text, Span<byte> mac)
    {
        Span<uint> state = stackalloc uint[StateWords];
        Span<byte> block = stackalloc byte[BlockBytes];
        Span<byte> utf8 = stackalloc byte[EncodingChunkChars * 3];
        _innerState.CopyTo(state);

        int filled = 0;
        long length = BlockBytes;
        ReadOnlySpan<char> remaining = text;
        while (!remaining.IsEmpty)
        {
            Utf8.FromUtf16(remaining, utf8, out int read, out int written, replaceInvalidSequences: true, isFinalBlock: true);
            remaining = remaining[read..];
            length += written;
            for (ReadOnlySpan<byte> bytes = utf8[..written]; !bytes.IsEmpty;)
            {
                int take = Math.Min(BlockBytes - filled, bytes.Length);
                bytes[..take].CopyTo(block[filled..]);
                bytes = bytes[take..];
                filled += take;
                if (filled == BlockBytes)
                {
                    Compress(state, block);
                    filled = 0;
                }
            }
        }

        Finish(state, block, filled, length);
        Span<byte> innerHash = stackalloc byte[MacBytes];
        WriteBigEndian(state, innerHash);

        _outerState.CopyTo(state);
        innerHash.CopyTo(block);
        Finish(state, block, MacBytes, BlockBytes + MacBytes);
        WriteBigEndian(state, mac);
    }

    /// <summary>Appends the SHA-256 padding and the message length in bits, and compresses the final block(s).</summary>
    private static void Finish(Span<uint> state, Span<byte> block, int filled, long totalBytes)
    {
        block[filled++] = 0x80;
        if (filled > BlockBytes - 8)
        {
            block[filled..].Clear();
            Compress(state, block);
            filled = 0;
        }

        block[filled..(BlockBytes - 8)].Clear();
        BinaryPrimitives.WriteInt64BigEndian(block[(BlockBytes - 8)..], totalBytes * 8);
        Compress(state, block);
    }

    private static void Compress(Span<uint> state, ReadOnlySpan<byte> block)
    {
        Span<uint> w = stackalloc uint[64];
        ReadOnlySpan<uint> k = RoundConstants;
        for (int i = 0; i < 16; i++)
        {
            w[i] = BinaryPrimitives.ReadUInt32BigEndian(block.Slice(i * 4, 4));
        }

        for (int i = 16; i < 64; i++)
        {
            uint w15 = w[i - 15], w2 = w[i - 2];
            uint s0 = BitOperations.RotateRight(w15, 7) ^ BitOperations.RotateRight(w15, 18) ^ (w15 >> 3);
            uint s1 = BitOperations.RotateRight(w2, 17) ^ BitOperations.RotateRight(w2, 19) ^ (w2 >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }

        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        for (int i = 0; i < 64; i++)
        {
            uint t1 = h + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25)) +
                      (g ^ (e & (f ^ g))) + k[i] + w[i];
            uint t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22)) +
                      ((a & b) | (c & (a | b)));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }

    private static void Xor(ReadOnlySpan<byte> key, byte value, Span<byte> destination)
    {
        for (int i = 0; i < BlockBytes; i++)
        {
            destination[i] = (byte)(key[i] ^ value);
        }
    }

    private static void WriteBigEndian(ReadOnlySpan<uint> state, Span<byte> destination)
    {
        for (int i = 0; i < StateWords; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[(i * 4)..], state[i]);
        }
    }
}

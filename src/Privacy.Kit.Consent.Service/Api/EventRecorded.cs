namespace Privacy.Kit.Consent.Service.Api;

/// <summary>The answer to <c>POST /v1/events</c>: where the event sits in the person's chain, once it is durable.</summary>
/// <param name="Sequence">The entry's position in the person's chain, from 1.</param>
/// <param name="Hash">The entry's hash, 64 hexadecimal characters: the proof will show the same.</param>
internal sealed record EventRecorded(long Sequence, string Hash);

namespace Privacy.Kit.Tests.Text.PeerText;

/// <summary>A span of a kind in a text, in UTF-16 indices: an expected item or a label the scanner put.</summary>
/// <param name="Start">The first character.</param>
/// <param name="End">Just past the last character.</param>
/// <param name="Kind">The kind name (<c>PhoneNumber</c>, ...).</param>
internal readonly record struct PeerTextSpan(int Start, int End, string Kind);

using Microsoft.CodeAnalysis;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>Where a value's personal data comes from: the source expression as written, its kind, and its syntax.</summary>
internal sealed class PersonalDataOrigin(string display, string kind, SyntaxNode syntax, HeldPersonalData? held)
{
    private const int MaxDisplayLength = 80;

    /// <summary>The source as written in code, whitespace collapsed: <c>customer.Email</c>.</summary>
    public string Display { get; } = Shorten(display);

    /// <summary>The kind of the personal data (for a whole object: of the member it holds).</summary>
    public string Kind { get; } = kind;

    /// <summary>The source expression.</summary>
    public SyntaxNode Syntax { get; } = syntax;

    /// <summary>For an object holding personal data in its members: which member; else <see langword="null"/>.</summary>
    public HeldPersonalData? Held { get; } = held;

    public bool IsWholeObject => Held is not null;

    public static PersonalDataOrigin Of(SyntaxNode syntax, string kind) => new(syntax.ToString(), kind, syntax, held: null);

    public static PersonalDataOrigin WholeObject(SyntaxNode syntax, HeldPersonalData held) => new(syntax.ToString(), held.Kind, syntax, held);

    /// <summary>The same data, turned into text or another scalar value (no longer a whole object).</summary>
    public PersonalDataOrigin AsScalar() => Held is null ? this : new PersonalDataOrigin(Display, Kind, Syntax, held: null);

    private static string Shorten(string text)
    {
        var collapsed = string.Join(" ", text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= MaxDisplayLength ? collapsed : collapsed.Substring(0, MaxDisplayLength - 3) + "...";
    }
}

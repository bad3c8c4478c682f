using Microsoft.CodeAnalysis;

namespace Privacy.Kit.Analyzers.Infrastructure;

/// <summary>
/// Where a value's personal data comes from: the source expression as written, its kind, and its syntax. A value can
/// carry several sources (<c>$"{c.Email} {c.Phone}"</c>): they are chained through <see cref="Next"/>, each reported.
/// </summary>
/// <remarks>
/// Inside a method summary a parameter of the summarised method is an origin too (<see cref="ParameterOrdinal"/> is
/// 0 or more): the call site replaces it with what its argument carries.
/// </remarks>
internal sealed class PersonalDataOrigin
{
    private const int MaxDisplayLength = 80;

    /// <summary>At most this many sources are kept for one value; the rest add nothing a reader needs.</summary>
    private const int MaxChain = 8;

    /// <summary>The held-data marker of a summarised method's object parameter: a whole object, member unknown yet.</summary>
    private static readonly HeldPersonalData ParameterObject = new(string.Empty, string.Empty);

    private readonly string _display;

    private PersonalDataOrigin(string display, string kind, SyntaxNode syntax, HeldPersonalData? held, int parameterOrdinal, PersonalDataOrigin? next)
    {
        _display = display;
        Kind = kind;
        Syntax = syntax;
        Held = held;
        ParameterOrdinal = parameterOrdinal;
        Next = next;
    }

    /// <summary>The source as written in code, whitespace collapsed: <c>customer.Email</c>.</summary>
    public string Display => Shorten(_display);

    /// <summary>The kind of the personal data (for a whole object: of the member it holds).</summary>
    public string Kind { get; }

    /// <summary>The source expression.</summary>
    public SyntaxNode Syntax { get; }

    /// <summary>For an object holding personal data in its members: which member; else <see langword="null"/>.</summary>
    public HeldPersonalData? Held { get; }

    /// <summary>In a method summary: the ordinal of the parameter this stands for; else -1.</summary>
    public int ParameterOrdinal { get; }

    /// <summary>The next source the same value carries, or <see langword="null"/>.</summary>
    public PersonalDataOrigin? Next { get; }

    public bool IsWholeObject => Held is not null;

    public bool IsParameter => ParameterOrdinal >= 0;

    public static PersonalDataOrigin Of(SyntaxNode syntax, string kind) => new(syntax.ToString(), kind, syntax, held: null, -1, next: null);

    public static PersonalDataOrigin WholeObject(SyntaxNode syntax, HeldPersonalData held) => new(syntax.ToString(), held.Kind, syntax, held, -1, next: null);

    /// <summary>A summarised method's parameter: a whole object unless it is a scalar (text, number, date).</summary>
    public static PersonalDataOrigin Parameter(SyntaxNode syntax, int ordinal, bool wholeObject) =>
        new(syntax.ToString(), string.Empty, syntax, wholeObject ? ParameterObject : null, ordinal, next: null);

    /// <summary>Both chains, <paramref name="first"/>'s sources first, without repeating a source.</summary>
    public static PersonalDataOrigin? Combine(PersonalDataOrigin? first, PersonalDataOrigin? second)
    {
        if (first is null)
        {
            return second;
        }

        if (second is null || ReferenceEquals(first, second))
        {
            return first;
        }

        // Chains are short (MaxChain): rebuild the first one in front of the second, skipping repeated sources.
        var count = 0;
        for (var current = second; current is not null; current = current.Next)
        {
            count++;
        }

        var items = new List<PersonalDataOrigin>();
        for (var current = first; current is not null; current = current.Next)
        {
            if (!second.Contains(current))
            {
                items.Add(current);
            }
        }

        var result = second;
        for (var i = Math.Min(items.Count, MaxChain - Math.Min(count, MaxChain)) - 1; i >= 0; i--)
        {
            var item = items[i];
            result = new PersonalDataOrigin(item._display, item.Kind, item.Syntax, item.Held, item.ParameterOrdinal, result);
        }

        return result;
    }

    /// <summary>The same data, turned into text or another scalar value (no longer a whole object).</summary>
    public PersonalDataOrigin AsScalar()
    {
        var next = Next?.AsScalar();
        return Held is null && ReferenceEquals(next, Next) ? this : new PersonalDataOrigin(_display, Kind, Syntax, held: null, ParameterOrdinal, next);
    }

    /// <summary>The same origin without the rest of the chain.</summary>
    public PersonalDataOrigin Single() => Next is null ? this : new PersonalDataOrigin(_display, Kind, Syntax, Held, ParameterOrdinal, next: null);

    /// <summary>A copy with the whole-object part replaced (the call site's view of a summarised parameter).</summary>
    public PersonalDataOrigin WithoutNext() => Single();

    private bool Contains(PersonalDataOrigin origin)
    {
        for (var current = this; current is not null; current = current.Next)
        {
            if (current.Syntax == origin.Syntax && current.ParameterOrdinal == origin.ParameterOrdinal && current.IsWholeObject == origin.IsWholeObject)
            {
                return true;
            }
        }

        return false;
    }

    private static string Shorten(string text)
    {
        var collapsed = string.Join(" ", text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= MaxDisplayLength ? collapsed : collapsed.Substring(0, MaxDisplayLength - 3) + "...";
    }
}

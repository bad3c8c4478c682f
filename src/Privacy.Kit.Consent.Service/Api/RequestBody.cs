using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Privacy.Kit.Consent;

namespace Privacy.Kit.Consent.Service.Api;

/// <summary>
/// The JSON object of a request, read field by field: every problem is an <see cref="InvalidFieldException"/>
/// naming the field, and a field the endpoint does not know is refused (a typo must not be silently ignored).
/// Terms use the vocabulary of the proof document (<c>direct-marketing</c>, <c>phone</c>, <c>NL</c>).
/// </summary>
internal sealed class RequestBody
{
    private readonly JsonElement _root;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private RequestBody(JsonElement root) => _root = root;

    public static async Task<(JsonDocument Document, RequestBody Body)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            throw new InvalidFieldException("body", "send the request as JSON (Content-Type: application/json).");
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new InvalidFieldException("body", "the body is not valid JSON: " + e.Message);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new InvalidFieldException("body", "the body must be a JSON object.");
        }

        return (document, new RequestBody(document.RootElement));
    }

    public string Required(string name) => Optional(name) ?? throw new InvalidFieldException(name, $"{name} is required.");

    public string? Optional(string name)
    {
        _known.Add(name);
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw new InvalidFieldException(name, $"{name} must be a non-empty string.");
    }

    public bool Boolean(string name, bool fallback)
    {
        _known.Add(name);
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new InvalidFieldException(name, $"{name} must be true or false."),
        };
    }

    public T Term<T>(string name, T? fallback, TryParse<T> parse)
        where T : struct, Enum
    {
        var text = Optional(name);
        if (text is null)
        {
            return fallback ?? throw new InvalidFieldException(name, $"{name} is required; expected {ConsentVocabulary.Names<T>()}.");
        }

        return parse(text, out var value) ? value : throw new InvalidFieldException(name, $"{name}: unknown value '{text}'; expected {ConsentVocabulary.Names<T>()}.");
    }

    /// <summary>An ISO 8601 moment with an offset (or <c>Z</c>); a moment without one is ambiguous and refused.</summary>
    public DateTimeOffset? Moment(string name)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        var iso = text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-' && text[7] == '-';
        return iso && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? moment
            : throw new InvalidFieldException(name, $"{name}: '{text}' is not an ISO 8601 date or time, for example 2026-07-01T10:00:00+02:00.");
    }

    /// <summary>The person (<see cref="SubjectInput"/>).</summary>
    public SubjectId Subject() => SubjectInput.Read(Required("subject"), Optional("subjectKind"));

    /// <summary>A non-empty array of identifiers, each read by its form (<see cref="SubjectInput"/>); a problem names the field.</summary>
    public IReadOnlyList<SubjectId> Subjects(string name)
    {
        _known.Add(name);
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw new InvalidFieldException(name, $"{name} must be a non-empty array of identifiers.");
        }

        var subjects = new List<SubjectId>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw new InvalidFieldException(name, $"{name} must hold non-empty strings.");
            }

            try
            {
                subjects.Add(SubjectId.Parse(item.GetString()!));
            }
            catch (FormatException e)
            {
                throw new InvalidFieldException(name, $"{name}: {e.Message}");
            }
        }

        return subjects;
    }

    /// <summary>Refuses any field no reader asked for.</summary>
    public void RefuseUnknownFields()
    {
        foreach (var property in _root.EnumerateObject())
        {
            if (!_known.Contains(property.Name))
            {
                throw new InvalidFieldException(property.Name, $"{property.Name} is not a field of this request.");
            }
        }
    }

    public delegate bool TryParse<T>(string? text, out T value);
}

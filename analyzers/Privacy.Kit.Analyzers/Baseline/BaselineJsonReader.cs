using System.Globalization;
using System.Text;

namespace Privacy.Kit.Analyzers.Baseline;

/// <summary>
/// Reads the JSON of a baseline file. Analyzers cannot bring a JSON library along, and the format is small:
/// <c>{ "version": 1, "findings": [ { "rule", "file", "member", "fingerprint" } ] }</c>. Unknown properties are skipped
/// so later versions of the CLI may add some; anything malformed is an error with its position.
/// </summary>
internal sealed class BaselineJsonReader
{
    private readonly string _text;
    private int _position;

    private BaselineJsonReader(string text) => _text = text;

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> saying what is wrong and where.</summary>
    public static List<BaselineEntry> Read(string text)
    {
        var reader = new BaselineJsonReader(text);
        var entries = new List<BaselineEntry>();
        reader.ReadObject(name =>
        {
            if (name == "findings")
            {
                reader.ReadArray(() => entries.Add(reader.ReadEntry()));
            }
            else
            {
                reader.SkipValue();
            }
        });
        reader.SkipWhitespace();
        if (reader._position != text.Length)
        {
            throw reader.Error("unexpected text after the end of the document");
        }

        return entries;
    }

    private BaselineEntry ReadEntry()
    {
        string? rule = null, file = null, member = null, fingerprint = null;
        var start = _position;
        ReadObject(name =>
        {
            switch (name)
            {
                case "rule": rule = ReadString(); break;
                case "file": file = ReadString(); break;
                case "member": member = ReadString(); break;
                case "fingerprint": fingerprint = ReadString(); break;
                default: SkipValue(); break;
            }
        });
        if (rule is null || file is null || member is null || fingerprint is null)
        {
            _position = start;
            throw Error("a finding needs \"rule\", \"file\", \"member\" and \"fingerprint\"");
        }

        return new BaselineEntry(rule, file, member, fingerprint);
    }

    private void ReadObject(Action<string> readProperty)
    {
        Expect('{');
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return;
        }

        do
        {
            SkipWhitespace();
            var name = ReadString();
            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            readProperty(name);
            SkipWhitespace();
        }
        while (TryConsume(','));

        Expect('}');
    }

    private void ReadArray(Action readElement)
    {
        SkipWhitespace();
        Expect('[');
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return;
        }

        do
        {
            SkipWhitespace();
            readElement();
            SkipWhitespace();
        }
        while (TryConsume(','));

        Expect(']');
    }

    private void SkipValue()
    {
        SkipWhitespace();
        if (_position >= _text.Length)
        {
            throw Error("a value is missing");
        }

        switch (_text[_position])
        {
            case '{': ReadObject(_ => SkipValue()); break;
            case '[': ReadArray(SkipValue); break;
            case '"': ReadString(); break;
            default:
                var start = _position;
                while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] is '-' or '+' or '.'))
                {
                    _position++;
                }

                if (start == _position)
                {
                    throw Error("a value is missing");
                }

                break;
        }
    }

    private string ReadString()
    {
        Expect('"');
        var value = new StringBuilder();
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '"')
            {
                return value.ToString();
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                break;
            }

            var escaped = _text[_position++];
            switch (escaped)
            {
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'u' when _position + 4 <= _text.Length
                    && int.TryParse(_text.Substring(_position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    value.Append((char)code);
                    _position += 4;
                    break;
                case '"' or '\\' or '/': value.Append(escaped); break;
                default: throw Error($"unknown escape '\\{escaped}'");
            }
        }

        throw Error("a string is not closed");
    }

    private void Expect(char expected)
    {
        if (!TryConsume(expected))
        {
            throw Error($"expected '{expected}'");
        }
    }

    private bool TryConsume(char expected)
    {
        if (_position < _text.Length && _text[_position] == expected)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private FormatException Error(string message)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < _position && i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return new FormatException($"{message} at line {line}, column {column}");
    }
}

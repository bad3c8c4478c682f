using System.Text;
using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Text.Corpus;

/// <summary>Builds a note sentence by sentence, recording where each labelled span lands.</summary>
internal sealed class NoteBuilder
{
    private readonly StringBuilder text = new();
    private readonly List<LabelledItem> items = [];
    private readonly List<LabelledItem> distractors = [];

    public NoteBuilder Plain(string words)
    {
        text.Append(words);
        return this;
    }

    public NoteBuilder Item(PersonalDataKind kind, string form, string value)
    {
        items.Add(new LabelledItem(text.Length, value.Length, kind, form));
        text.Append(value);
        return this;
    }

    public NoteBuilder Distractor(string form, string value)
    {
        distractors.Add(new LabelledItem(text.Length, value.Length, default, form));
        text.Append(value);
        return this;
    }

    public LabelledNote Build() => new(text.ToString(), items, distractors);
}

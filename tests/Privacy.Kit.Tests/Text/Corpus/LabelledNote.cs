using Privacy.Kit.Text;

namespace Privacy.Kit.Tests.Text.Corpus;

/// <summary>A generated contact-center note with the spans of the personal data in it and of the distractors that must survive.</summary>
internal sealed record LabelledNote(string Text, IReadOnlyList<LabelledItem> Items, IReadOnlyList<LabelledItem> Distractors);

/// <summary>One labelled span: a personal-data item (with its kind) or a distractor (kind unused).</summary>
internal readonly record struct LabelledItem(int Start, int Length, PersonalDataKind Kind, string Form)
{
    public int End => Start + Length;
}

using CsCheck;

namespace Privacy.Kit.Tests.Classification;

public sealed class NameHeuristicsPropertyTests
{
    private static readonly string[] MemberWords =
        ["Email", "Name", "DisplayName", "naam", "display_name", "Id", "Phone", "ZipCode", "PostalCode", "Address", "Note", "Segment", "Username", "Name1"];

    private static readonly string[] TypeWords =
        ["Customer", "CustomerDto", "Buyer", "Warehouse", "StockItem", "StockHolder", "ApiClient", "Client", "Company", "EmailSettings", "Product", "Store", "Klant", "TeamMember"];

    [Fact]
    public void FoldsTo_is_true_exactly_when_the_identifier_folds_to_the_text() =>
        Gen.Select(Gen.String, Gen.OneOf(Gen.String, Gen.OneOf("name", "displayname", "naam", string.Empty))).Sample((identifier, text) =>
            IdentifierWords.FoldsTo(identifier, text) == (IdentifierWords.Fold(identifier) == text)
            && IdentifierWords.FoldsTo(identifier, IdentifierWords.Fold(identifier)));

    [Fact]
    public void A_member_match_does_not_depend_on_which_members_and_types_were_matched_before() =>
        Gen.Select(Gen.Int[0, MemberWords.Length - 1], Gen.Int[0, TypeWords.Length - 1]).Array[1, 40].Sample(pairs =>
        {
            // Two heuristics with empty caches: one asks in order, the other in reverse.
            var inOrder = NameHeuristics.WithExtraTerms([]);
            var reversed = NameHeuristics.WithExtraTerms([]);
            var forward = new string?[pairs.Length];
            for (var i = 0; i < pairs.Length; i++)
            {
                forward[i] = inOrder.MatchMember(MemberWords[pairs[i].Item1], TypeWords[pairs[i].Item2]);
            }

            for (var i = pairs.Length - 1; i >= 0; i--)
            {
                if (reversed.MatchMember(MemberWords[pairs[i].Item1], TypeWords[pairs[i].Item2]) != forward[i])
                {
                    return false;
                }
            }

            return true;
        });

    [Theory]
    [InlineData("Name", "Customer", "PersonName")]
    [InlineData("display_name", "Buyer", "PersonName")]
    [InlineData("Name1", "Klant", "PersonName")]
    [InlineData("Name", "Product", null)]
    [InlineData("Email", "EmailSettings", null)]
    [InlineData("PostalCode", "Warehouse", null)]
    [InlineData("PostalCode", "Customer", "PostalAddress")]
    [InlineData("Note", "StockItem", null)]
    [InlineData("Email", "StockHolder", "EmailAddress")]
    [InlineData("Segment", "Customer", null)]
    public void A_member_is_matched_by_its_own_name_then_by_what_its_type_is(string member, string type, string? kind) =>
        Assert.Equal(kind, NameHeuristics.Default.MatchMember(member, type));
}

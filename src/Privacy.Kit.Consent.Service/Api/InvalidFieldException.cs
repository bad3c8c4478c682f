namespace Privacy.Kit.Consent.Service.Api;

/// <summary>A request field is missing, malformed or unknown: answered <c>400</c> naming the field.</summary>
internal sealed class InvalidFieldException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

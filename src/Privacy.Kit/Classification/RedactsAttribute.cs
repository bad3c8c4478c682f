namespace Privacy.Kit;

/// <summary>
/// Marks a sanitizer: what a marked method returns (or writes to its destination span) no longer holds the personal
/// data passed in, so the analyzers treat a value that went through it as clean. On a type, every method of the type
/// and of the types derived from it counts as a sanitizer.
/// </summary>
/// <remarks>
/// The Privacy.Kit redactors and <see cref="Vendors.VendorSharing.DiscloseAsync{T}"/> carry it; mark your own masking
/// or pseudonymizing helpers with it instead of listing them in <c>privacy_kit.sanitizers</c> in <c>.editorconfig</c>.
/// A method that only formats or copies the value is not a sanitizer: marking it hides real leaks.
/// </remarks>
/// <example>
/// <code>
/// public static class Masking
/// {
///     [Redacts]
///     public static string LastFour(string accountNumber) => "***" + accountNumber[^4..];
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
public sealed class RedactsAttribute : Attribute
{
    /// <summary>What the sanitizer keeps of the value, for reviewers and the audit (for example "the last four digits").</summary>
    public string? Keeps { get; set; }
}

namespace Privacy.Kit;

/// <summary>
/// Marks a method whose result tells whether contacting a person is allowed. The analyzers accept a contact
/// (<see cref="RequiresConsentAttribute"/>) only on a path where such a result was tested.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class ConsentCheckAttribute : Attribute
{
}

using System.Globalization;
using Microsoft.Extensions.Options;

namespace Privacy.Kit.Consent;

/// <summary>Validates <see cref="ContactRuleOptions"/> bound from configuration at startup, each message naming the key.</summary>
internal sealed class ContactRuleOptionsValidator(string sectionPath) : IValidateOptions<ContactRuleOptions>
{
    public ValidateOptionsResult Validate(string? name, ContactRuleOptions options)
    {
        var errors = new List<string>();
        foreach (var (code, data) in options.Calendars)
        {
            var key = $"{sectionPath}:{nameof(ContactRuleOptions.Calendars)}:{code}";
            if (!ConsentVocabulary.TryParse(code, out Jurisdiction _))
            {
                errors.Add($"{key}: '{code}' is not a jurisdiction; expected {ConsentVocabulary.Names<Jurisdiction>()}.");
                continue;
            }

            Dates(data.Add, $"{key}:{nameof(CalendarDataOptions.Add)}", errors);
            Dates(data.Remove, $"{key}:{nameof(CalendarDataOptions.Remove)}", errors);
        }

        if (options.DoNotCallListFile is { } file && !File.Exists(file))
        {
            errors.Add($"{sectionPath}:{nameof(ContactRuleOptions.DoNotCallListFile)}: the file '{file}' does not exist.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    internal static bool TryDate(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static void Dates(IList<string> days, string key, List<string> errors)
    {
        for (var i = 0; i < days.Count; i++)
        {
            if (!TryDate(days[i], out _))
            {
                errors.Add($"{key}:{i}: '{days[i]}' is not a date written yyyy-MM-dd.");
            }
        }
    }
}

using Microsoft.Extensions.Options;

namespace Privacy.Kit.Vendors;

/// <summary>Validates the vendor policies when the options are first built (at startup with <c>ValidateOnStart</c>).</summary>
internal sealed class VendorSharingOptionsValidator(string sectionPath) : IValidateOptions<VendorSharingOptions>
{
    public ValidateOptionsResult Validate(string? name, VendorSharingOptions options)
    {
        var errors = VendorPolicyValidator.Validate(options, sectionPath);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

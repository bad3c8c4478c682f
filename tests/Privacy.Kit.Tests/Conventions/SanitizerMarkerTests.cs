using System.Reflection;
using Microsoft.Extensions.Compliance.Redaction;
using Privacy.Kit.Vendors;

namespace Privacy.Kit.Tests.Conventions;

/// <summary>The analyzers recognise sanitizers by <see cref="RedactsAttribute"/>, never by their names.</summary>
public sealed class SanitizerMarkerTests
{
    [Fact]
    public void Every_redactor_of_the_library_is_marked_as_a_sanitizer()
    {
        Type[] redactors = typeof(PrivacyTaxonomy).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(Redactor)) && !type.IsAbstract)
            .ToArray();

        Assert.NotEmpty(redactors);
        Assert.All(redactors, type => Assert.NotNull(type.GetCustomAttribute<RedactsAttribute>(inherit: true)));
    }

    [Fact]
    public void Disclosing_to_a_vendor_is_marked_as_a_sanitizer() =>
        Assert.NotNull(typeof(VendorSharing).GetMethod(nameof(VendorSharing.DiscloseAsync))!.GetCustomAttribute<RedactsAttribute>());

    [Fact]
    public void Users_can_mark_their_own_methods_and_types()
    {
        AttributeUsageAttribute usage = typeof(RedactsAttribute).GetCustomAttribute<AttributeUsageAttribute>()!;

        Assert.True(usage.ValidOn.HasFlag(AttributeTargets.Method));
        Assert.True(usage.ValidOn.HasFlag(AttributeTargets.Class));
        Assert.True(usage.Inherited);
    }
}

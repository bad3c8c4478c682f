namespace Privacy.Kit;

/// <summary>Where a classification attribute may stand: data members, parameters, return values and whole types.</summary>
internal static class PrivacyAttributeTargets
{
    public const AttributeTargets Data =
        AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue |
        AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.GenericParameter;
}

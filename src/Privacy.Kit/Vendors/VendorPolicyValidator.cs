namespace Privacy.Kit.Vendors;

/// <summary>Checks policies and names the configuration path of every invalid field.</summary>
internal static class VendorPolicyValidator
{
    public static List<string> Validate(VendorSharingOptions options, string sectionPath)
    {
        var errors = new List<string>();
        foreach (var (vendor, policy) in options.Vendors)
        {
            Validate(policy, $"{sectionPath}:Vendors:{vendor}", errors);
        }

        return errors;
    }

    private static void Validate(VendorPolicy policy, string path, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(policy.LegalEntity))
        {
            errors.Add($"{path}:LegalEntity is required: name the vendor's legal entity as in the data processing agreement.");
        }

        if (!Enum.IsDefined(policy.Role) || policy.Role == VendorRole.Unspecified)
        {
            errors.Add($"{path}:Role must be {nameof(VendorRole.Processor)} or {nameof(VendorRole.SubProcessor)}.");
        }

        if (!Enum.IsDefined(policy.TransferMechanism))
        {
            errors.Add($"{path}:TransferMechanism '{policy.TransferMechanism}' is not a transfer mechanism.");
        }

        if (!Enum.IsDefined(policy.UnclassifiedPersonalData))
        {
            errors.Add($"{path}:UnclassifiedPersonalData must be Deny or Allow.");
        }

        ValidateCountries(policy, path, errors);

        if (policy.Retention <= TimeSpan.Zero)
        {
            errors.Add($"{path}:Retention must be a positive duration such as \"90.00:00:00\" (90 days).");
        }

        if (policy.Purposes.Count == 0)
        {
            errors.Add($"{path}:Purposes is empty: list at least one purpose with the kinds the vendor may receive.");
        }

        foreach (var (purpose, kinds) in policy.Purposes)
        {
            ValidateKinds(kinds.Allow, $"{path}:Purposes:{purpose}:Allow", errors);
            ValidateKinds(kinds.Redact, $"{path}:Purposes:{purpose}:Redact", errors);
            foreach (var kind in kinds.Redact)
            {
                if (kinds.Allow.Contains(kind, StringComparer.Ordinal))
                {
                    errors.Add($"{path}:Purposes:{purpose}: '{kind}' is both allowed and redacted; keep it in one list.");
                }
            }
        }
    }

    private static void ValidateCountries(VendorPolicy policy, string path, List<string> errors)
    {
        if (policy.Countries.Count == 0)
        {
            errors.Add($"{path}:Countries is empty: list the ISO 3166-1 alpha-2 codes where the vendor processes data.");
        }

        var outsideEea = false;
        for (var i = 0; i < policy.Countries.Count; i++)
        {
            var country = policy.Countries[i];
            if (country is not { Length: 2 } || !char.IsAsciiLetterUpper(country[0]) || !char.IsAsciiLetterUpper(country[1]))
            {
                errors.Add($"{path}:Countries:{i} '{country}' is not an ISO 3166-1 alpha-2 code such as NL or US.");
            }
            else if (!EuropeanEconomicArea.Countries.Contains(country))
            {
                outsideEea = true;
                if (policy.TransferMechanism == TransferMechanism.AdequacyDecision && !AdequacyDecisions.Countries.Contains(country))
                {
                    errors.Add($"{path}:Countries:{i} '{country}' has no adequacy decision (GDPR Art. 45): set TransferMechanism to StandardContractualClauses or BindingCorporateRules, as the agreement says.");
                }
            }
        }

        if (outsideEea && policy.TransferMechanism == TransferMechanism.None)
        {
            errors.Add($"{path}:TransferMechanism is required: a country lies outside the EEA (GDPR Chapter V).");
        }
    }

    private static void ValidateKinds(IList<string> kinds, string path, List<string> errors)
    {
        for (var i = 0; i < kinds.Count; i++)
        {
            if (!PrivacyKinds.Names.Contains(kinds[i]))
            {
                errors.Add($"{path}:{i} '{kinds[i]}' is not a Privacy.Kit kind; use one of {string.Join(", ", PrivacyKinds.Names.Order(StringComparer.Ordinal))}.");
            }
        }
    }
}

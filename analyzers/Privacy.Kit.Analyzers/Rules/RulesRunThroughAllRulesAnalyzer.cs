using System.Diagnostics.CodeAnalysis;

// The compiler loads AllRulesAnalyzer, which runs every rule here; a rule carrying the attribute too would run twice.
[assembly: SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Scope = "namespaceanddescendants", Target = "~N:Privacy.Kit.Analyzers.Rules", Justification = "AllRulesAnalyzer runs the rules.")]

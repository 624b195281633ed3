using Microsoft.Extensions.Options;

namespace AwsLinq;

/// <summary>Fails the host's start, not the first query, when the configured options cannot be right for any service.</summary>
internal sealed class AwsLinqOptionsValidator : IValidateOptions<AwsLinqOptions>
{
    public ValidateOptionsResult Validate(string? name, AwsLinqOptions options)
    {
        var failures = new List<string>();
        if (options.PageSize is < 1 and var pageSize)
        {
            failures.Add($"AwsLinq:PageSize must be at least 1, but was {pageSize}. Remove it to use each service's own page size.");
        }

        if (options.MaxConcurrency < 1)
        {
            failures.Add($"AwsLinq:MaxConcurrency must be at least 1 (one call at a time), but was {options.MaxConcurrency}.");
        }

        if (options.InMemoryWarningThreshold < 0)
        {
            failures.Add($"AwsLinq:InMemoryWarningThreshold must be at least 0, but was {options.InMemoryWarningThreshold}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

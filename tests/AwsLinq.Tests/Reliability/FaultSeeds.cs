using System.Globalization;

namespace AwsLinq.Tests.Reliability;

/// <summary>
/// The seeds the fault suite runs with: two in an ordinary test run; <c>AWSLINQ_FAULT_SEEDS</c> replays a list
/// (<c>17,42</c>) or runs a longer campaign of consecutive seeds (<c>100x</c>: 1 to 100).
/// </summary>
public static class FaultSeeds
{
    public static TheoryData<int> All
    {
        get
        {
            var data = new TheoryData<int>();
            foreach (var seed in Read(Environment.GetEnvironmentVariable("AWSLINQ_FAULT_SEEDS")))
            {
                data.Add(seed);
            }

            return data;
        }
    }

    private static IEnumerable<int> Read(string? setting) => setting switch
    {
        null or "" => [1, 2],
        _ when setting.EndsWith('x') => Enumerable.Range(1, int.Parse(setting[..^1], CultureInfo.InvariantCulture)),
        _ => setting.Split(',').Select(s => int.Parse(s.Trim(), CultureInfo.InvariantCulture)),
    };
}

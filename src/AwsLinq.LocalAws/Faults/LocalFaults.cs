using AwsLinq.LocalAws.Faults;

namespace AwsLinq.LocalAws;

/// <summary>
/// The faults of one service of a <see cref="LocalAwsServer"/>, the same for S3, EC2 and SQS: rules that hit a fraction
/// of an operation's requests with an error, a dropped connection, a delay or a misbehaviour. Which requests are hit
/// follows from <see cref="LocalAwsOptions.Seed"/>, so a run with the same seed and the same requests is replayed
/// exactly. Thread-safe; a rule applies to requests that arrive after it was added.
/// </summary>
public abstract class LocalFaults
{
    private readonly Lock _gate = new();
    private readonly List<RuleState> _rules = [];
    private readonly Dictionary<string, RateWindow> _limits = new(StringComparer.Ordinal);
    private readonly int _seed;
    private readonly TimeProvider _time;
    private readonly IReadOnlyDictionary<LocalFault, string[]> _misbehaviours;

    private protected LocalFaults(string service, int seed, TimeProvider time, IReadOnlyDictionary<LocalFault, string[]> misbehaviours)
    {
        Service = service;
        _seed = seed;
        _time = time;
        _misbehaviours = misbehaviours;
    }

    /// <summary>The service these faults belong to: <c>s3</c>, <c>ec2</c> or <c>sqs</c>.</summary>
    public string Service { get; }

    /// <summary>The rules in force, in the order they were added.</summary>
    public IReadOnlyList<LocalFaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return _rules.Select(r => r.Rule).ToList();
            }
        }
    }

    /// <summary>
    /// Makes a fraction of an operation's requests go wrong. A rule for the same operation and the same fault replaces
    /// the earlier one. When several rules match one request, their delays add up, every misbehaviour applies, and the
    /// first error or drop that hits wins: the rules after it are not drawn for that request.
    /// </summary>
    /// <param name="operation">The operation as the service names it (<c>ListObjectsV2</c>, <c>DescribeInstances</c>), or <c>*</c> for all.</param>
    /// <param name="fault">What goes wrong.</param>
    /// <param name="rate">The fraction of the operation's requests hit, 0 to 1; 1 (the default) hits every one.</param>
    /// <param name="times">How many requests are hit at most; <see langword="null"/> (the default) for no limit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="operation"/> or <paramref name="fault"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not 0 to 1, or <paramref name="times"/> is below 1.</exception>
    /// <exception cref="ArgumentException">A misbehaviour is added to an operation it does not apply to; the message names those it does.</exception>
    public void Add(string operation, LocalFault fault, double rate = 1.0, int? times = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentNullException.ThrowIfNull(fault);
        if (double.IsNaN(rate) || rate is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "The rate is a fraction of the requests, from 0 to 1.");
        }

        if (times is { } count)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(count, 1, nameof(times));
        }

        ThrowIfNotApplicable(operation, fault);
        var rule = new LocalFaultRule(Service, operation, fault, rate, times);
        lock (_gate)
        {
            _rules.RemoveAll(r => r.Matches(operation, fault));
            _rules.Add(new RuleState(rule));
        }
    }

    /// <summary>Removes the rule for an operation and a fault, if there is one.</summary>
    /// <param name="operation">The operation, as given to <see cref="Add"/>.</param>
    /// <param name="fault">The fault.</param>
    /// <returns><see langword="true"/> when a rule was removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="operation"/> or <paramref name="fault"/> is <see langword="null"/>.</exception>
    public bool Remove(string operation, LocalFault fault)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            return _rules.RemoveAll(r => r.Matches(operation, fault)) > 0;
        }
    }

    /// <summary>
    /// Limits an operation to a number of requests in each second of the server's clock; the requests past it get the
    /// service's throttling error, as S3 answers <c>503 SlowDown</c> past its documented rates (3,500 PUT/COPY/POST/DELETE
    /// and 5,500 GET/HEAD requests per second per prefix). A new limit for the operation replaces the earlier one.
    /// </summary>
    /// <param name="operation">The operation as the service names it, or <c>*</c> for every operation together.</param>
    /// <param name="requestsPerSecond">How many requests each second may have, 1 or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="operation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requestsPerSecond"/> is below 1.</exception>
    public void Limit(string operation, int requestsPerSecond)
    {
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentOutOfRangeException.ThrowIfLessThan(requestsPerSecond, 1);
        lock (_gate)
        {
            _limits[operation] = new RateWindow(requestsPerSecond);
        }
    }

    /// <summary>Turns every fault and rate limit of the service off.</summary>
    public virtual void Reset()
    {
        lock (_gate)
        {
            _rules.Clear();
            _limits.Clear();
        }
    }

    /// <summary>Removes every rule for the operation whose fault has the given kind.</summary>
    private protected void RemoveAll(string operation, LocalFaultKind kind)
    {
        lock (_gate)
        {
            _rules.RemoveAll(r => string.Equals(r.Rule.Operation, operation, StringComparison.Ordinal) && r.Rule.Fault.Kind == kind);
        }
    }

    /// <summary>Whether a rule for this operation and fault is in force.</summary>
    private protected bool Has(string operation, LocalFault fault)
    {
        lock (_gate)
        {
            return _rules.Any(r => r.Matches(operation, fault));
        }
    }

    /// <summary>Rolls the dice of every rule for this operation, counting the draw, and returns the faults that hit.</summary>
    internal FaultDraw Draw(string operation)
    {
        lock (_gate)
        {
            List<LocalFault>? hits = null;
            var failed = OverLimit(operation);
            if (failed)
            {
                hits = [LocalFault.RateLimited];
            }

            foreach (var state in _rules)
            {
                // Once an error or drop has hit, the request cannot fail twice: later ones are not drawn, nor counted.
                var failure = state.Rule.Fault.Kind is LocalFaultKind.Error or LocalFaultKind.DropBeforeActing or LocalFaultKind.DropAfterActing;
                if ((failure && failed) || !state.Hits(operation, _seed))
                {
                    continue;
                }

                failed |= failure;
                (hits ??= []).Add(state.Rule.Fault);
            }

            _rules.RemoveAll(r => r.Exhausted);
            return hits is null ? FaultDraw.None : new FaultDraw(hits);
        }
    }

    /// <summary>Counts the request in the limits that apply to it; whether one of them is spent for this second.</summary>
    private bool OverLimit(string operation)
    {
        if (_limits.Count == 0)
        {
            return false;
        }

        var second = _time.GetUtcNow().ToUnixTimeSeconds();
        var over = false;
        foreach (var name in (string[])[operation, LocalFaultRule.AnyOperation])
        {
            if (_limits.TryGetValue(name, out var window))
            {
                over |= !window.TryTake(second);
            }
        }

        return over;
    }

    private void ThrowIfNotApplicable(string operation, LocalFault fault)
    {
        if (fault.Kind != LocalFaultKind.Misbehaviour)
        {
            return;
        }

        var operations = _misbehaviours.GetValueOrDefault(fault) ?? [];
        if (!operations.Contains(operation, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                operations.Length == 0
                    ? $"The fault '{fault}' does not apply to {Service}: no {Service} operation can show it."
                    : $"The fault '{fault}' does not apply to {Service} {operation}: it applies to {string.Join(", ", operations)}.",
                nameof(operation));
        }
    }

    /// <summary>The requests of the current second of one limit.</summary>
    private sealed class RateWindow(int perSecond)
    {
        private long _second = long.MinValue;
        private int _taken;

        public bool TryTake(long second)
        {
            if (second != _second)
            {
                _second = second;
                _taken = 0;
            }

            return ++_taken <= perSecond;
        }
    }

    private sealed class RuleState(LocalFaultRule rule)
    {
        private long _draws;
        private int _hits;

        public LocalFaultRule Rule { get; } = rule;

        public bool Exhausted => Rule.Times is { } times && _hits >= times;

        public bool Matches(string operation, LocalFault fault) =>
            string.Equals(Rule.Operation, operation, StringComparison.Ordinal) && Rule.Fault.Equals(fault);

        public bool Hits(string operation, int seed)
        {
            if (Exhausted || !(Rule.Operation == LocalFaultRule.AnyOperation || string.Equals(Rule.Operation, operation, StringComparison.Ordinal)))
            {
                return false;
            }

            var draw = _draws++;
            if (Rule.Rate < 1 && SeededDraws.Unit(seed, $"{Rule.Operation}|{Rule.Fault}", draw) >= Rule.Rate)
            {
                return false;
            }

            _hits++;
            return true;
        }
    }
}

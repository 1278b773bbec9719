// Unit tests of rules/common/loopback.ts: which hosts and gRPC targets stay on this machine.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hostOf, isLocalGrpcTarget, isLoopbackHost, isRemoteGrpcTarget } from '../../rules/common/loopback.js';

describe('isLoopbackHost', () => {
  test('loopback names and addresses', () => {
    for (const h of ['localhost', 'LOCALHOST', 'api.localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '0:0:0:0:0:0:0:1', '0.0.0.0', '::', '::ffff:127.0.0.1']) {
      assert.ok(isLoopbackHost(h), h);
    }
  });

  test('everything else', () => {
    for (const h of ['example.com', 'localhost.example.com', '10.0.0.1', '128.0.0.1', '127.0.0.256', '::2', 'fe80::1', 'payments', '']) {
      assert.ok(!isLoopbackHost(h), h);
    }
  });
});

describe('isLocalGrpcTarget', () => {
  test('local targets in every naming form', () => {
    for (const t of ['localhost:50051', 'localhost', '127.0.0.1:50051', '[::1]:50051', '::1', 'dns:localhost:50051', 'dns:///localhost:50051', 'dns://8.8.8.8/localhost:443', 'ipv4:127.0.0.1:1,127.0.0.2:2', 'ipv6:[::1]:50051', 'unix:/run/app.sock', 'unix:///run/app.sock', 'unix-abstract:grpc', '0.0.0.0:50051']) {
      assert.ok(isLocalGrpcTarget(t), t);
    }
  });

  test('remote targets', () => {
    for (const t of ['payments.internal:50051', 'dns:///api.example.com:443', 'ipv4:127.0.0.1:1,10.0.0.2:2', 'ipv6:[2001:db8::1]:443', '10.0.0.5:50051', 'xds:///service']) {
      assert.ok(!isLocalGrpcTarget(t), t);
      assert.ok(isRemoteGrpcTarget(t), t);
    }
  });

  test('an empty target names no machine: not remote', () => {
    for (const t of ['', '  ', 'localhost:1']) assert.ok(!isRemoteGrpcTarget(t), JSON.stringify(t));
  });

  test('hostOf', () => {
    assert.equal(hostOf('h:1'), 'h');
    assert.equal(hostOf('[::1]:1'), '[::1]');
    assert.equal(hostOf('::1'), '::1');
    assert.equal(hostOf('h'), 'h');
  });
});

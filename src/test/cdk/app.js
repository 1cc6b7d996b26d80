// Synthesises the design-import fixtures without the CDK CLI: `node app.js OUTDIR`.
// Two stacks are env-agnostic (Fn::GetAZs stays an intrinsic), two have a fixed dummy
// account and region (the zones become literals, from the context given below).
'use strict';
const path = require('path');
const { App, Stack, RemovalPolicy } = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const glue = require('aws-cdk-lib/aws-glue');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');

const outdir = path.resolve(process.argv[2] || 'cdk.out');
const ENV = { account: '111111111111', region: 'us-east-1' };
const app = new App({
  outdir,
  context: {
    // what `cdk init` and the CDK CLI switch on, so the fixtures carry what a real `cdk synth` writes
    '@aws-cdk/aws-ec2:restrictDefaultSecurityGroup': true,
    'aws:cdk:enable-path-metadata': true,
    'aws:cdk:version-reporting': true,
    [`availability-zones:account=${ENV.account}:region=${ENV.region}`]: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
  },
});

/** The job's role: Glue's managed policy, as most CDK apps attach it. */
function glueRole(scope) {
  return new iam.Role(scope, 'GlueJobRole', {
    assumedBy: new iam.ServicePrincipal('glue.amazonaws.com'),
    managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSGlueServiceRole')],
  });
}

/** The security group Glue's setup guide asks for: all TCP from itself (a separate ingress resource). */
function glueSecurityGroup(scope, id, vpc) {
  const sg = new ec2.SecurityGroup(scope, id, { vpc, description: 'Glue JDBC connection', allowAllOutbound: true });
  sg.addIngressRule(sg, ec2.Port.allTcp(), 'Glue workers talk to each other');
  // an inline rule as well: the database port from the VPC
  sg.addIngressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(5432), 'PostgreSQL from the VPC');
  return sg;
}

function connection(scope, id, name, subnet, sg, url) {
  return new glue.CfnConnection(scope, id, {
    catalogId: Stack.of(scope).account,
    connectionInput: {
      name,
      connectionType: 'JDBC',
      connectionProperties: {
        JDBC_CONNECTION_URL: url,
        USERNAME: 'etl',
        PASSWORD: 'fixture-password-never-printed',
      },
      physicalConnectionRequirements: {
        subnetId: subnet.subnetId,
        availabilityZone: subnet.availabilityZone,
        securityGroupIdList: [sg.securityGroupId],
      },
    },
  });
}

function job(scope, name, role, connections, workers, retries) {
  const scripts = new s3.Bucket(scope, 'Scripts', { removalPolicy: RemovalPolicy.DESTROY });
  const j = new glue.CfnJob(scope, 'Job', {
    name,
    role: role.roleArn,
    command: { name: 'glueetl', scriptLocation: scripts.s3UrlForObject('job.py'), pythonVersion: '3' },
    glueVersion: '4.0',
    workerType: 'G.1X',
    numberOfWorkers: workers,
    maxRetries: retries,
    connections: { connections: connections.map((c) => c.ref) },
  });
  return j;
}

// 1. The seed article's pair: a private-only VPC first, a private VPC with an S3 gateway endpoint second.
{
  const stack = new Stack(app, 'SeedPairStack');
  const privateOnly = new ec2.Vpc(stack, 'PrivateOnlyVpc', {
    ipAddresses: ec2.IpAddresses.cidr('10.10.0.0/16'), maxAzs: 2, natGateways: 0,
    subnetConfiguration: [{ name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }],
  });
  const aurora = new ec2.Vpc(stack, 'AuroraVpc', {
    ipAddresses: ec2.IpAddresses.cidr('10.20.0.0/16'), maxAzs: 2, natGateways: 0,
    subnetConfiguration: [{ name: 'private', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }],
  });
  aurora.addGatewayEndpoint('S3Endpoint', { service: ec2.GatewayVpcEndpointAwsService.S3 });
  const sg1 = glueSecurityGroup(stack, 'PrivateOnlyGlueSg', privateOnly);
  const sg2 = glueSecurityGroup(stack, 'AuroraGlueSg', aurora);
  const c1 = connection(stack, 'PrivateOnlyConnection', 'private-only-connection', privateOnly.isolatedSubnets[0], sg1,
    'jdbc:postgresql://private-only.example.internal:5432/postgres');
  const c2 = connection(stack, 'AuroraConnection', 'aurora-connection', aurora.isolatedSubnets[0], sg2,
    'jdbc:postgresql://aurora.cluster-abcdefghijkl.us-east-1.rds.amazonaws.com:5432/postgres');
  job(stack, 'seed-failover-job', glueRole(stack), [c1, c2], 2, 0);
}

// 2. and 3. Three AZs with public and private subnets: a NAT gateway per AZ, or one for all.
for (const [id, nats] of [['ThreeNatStack', 3], ['SingleNatStack', 1]]) {
  const stack = new Stack(app, id, { env: ENV });
  const vpc = new ec2.Vpc(stack, 'DataVpc', {
    ipAddresses: ec2.IpAddresses.cidr('10.30.0.0/16'), maxAzs: 3, natGateways: nats,
    subnetConfiguration: [
      { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
      { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
    ],
  });
  const sg = glueSecurityGroup(stack, 'GlueSg', vpc);
  const conns = vpc.privateSubnets.map((subnet, i) => connection(stack, `OrdersDb${i + 1}`,
    `orders-db-${'abc'[i]}`, subnet, sg, 'jdbc:postgresql://orders.cluster-abcdefghijkl.us-east-1.rds.amazonaws.com:5432/orders'));
  job(stack, 'orders-nightly-etl', glueRole(stack), conns, 10, 2);
}

// 4. A gateway endpoint on one of two route tables only.
{
  const stack = new Stack(app, 'PartialEndpointStack');
  const vpc = new ec2.Vpc(stack, 'LakeVpc', {
    ipAddresses: ec2.IpAddresses.cidr('10.50.0.0/16'), maxAzs: 2, natGateways: 0,
    subnetConfiguration: [{ name: 'private', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }],
  });
  vpc.addGatewayEndpoint('S3Endpoint', {
    service: ec2.GatewayVpcEndpointAwsService.S3,
    subnets: [{ subnets: [vpc.isolatedSubnets[1]] }],
  });
  const sg = glueSecurityGroup(stack, 'LakeGlueSg', vpc);
  const conns = vpc.isolatedSubnets.map((subnet, i) => connection(stack, `LakeDb${i + 1}`, `lake-db-${i + 1}`, subnet, sg,
    'jdbc:sqlserver://lake-db.example.internal:1433;databaseName=lake'));
  job(stack, 'lake-ingest', glueRole(stack), conns, 5, 1);
}

app.synth();

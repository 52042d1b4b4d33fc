cat > svc.yaml <<EOF
apiVersion: v1
kind: Service
metadata:
  name: my-app
spec:
  selector:
    app: my-app
  ports:
  - port: 80
    targetPort: 8080
EOF
kubectl apply -f svc.yaml
kubectl apply -f svc.yaml
sed 's/8080/9090/' svc.yaml | kubectl apply -f -
kubectl create -f svc.yaml
kubectl get svc my-app -o jsonpath='{.spec.ports[0].targetPort}{"\n"}'
kubectl get svc my-app -o yaml
cat > bad-type.yaml <<EOF
apiVersion: v1
kind: Service
metadata:
  name: bad-type
spec:
  type: Foo
  ports:
  - port: 80
EOF
kubectl apply -f bad-type.yaml
cat > two-ports.yaml <<EOF
apiVersion: v1
kind: Service
metadata:
  name: two-ports
spec:
  ports:
  - port: 80
  - port: 443
EOF
kubectl apply -f two-ports.yaml
cat > mismatch.yaml <<EOF
apiVersion: apps/v1
kind: Deployment
metadata:
  name: mismatch
spec:
  replicas: 1
  selector:
    matchLabels:
      app: backend
  template:
    metadata:
      labels:
        app: frontend
    spec:
      containers:
      - name: nginx
        image: nginx
EOF
kubectl apply -f mismatch.yaml
cat > numeric.yaml <<EOF
apiVersion: apps/v1
kind: Deployment
metadata:
  name: numeric
spec:
  selector:
    matchLabels:
      app: numeric
      version: 1
  template:
    metadata:
      labels:
        app: numeric
        version: 1
    spec:
      containers:
      - name: nginx
        image: nginx
EOF
kubectl apply -f numeric.yaml
cat > typo.yaml <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: typo
spec:
  containers:
  - name: nginx
    image: nginx
    prots:
    - containerPort: 80
EOF
kubectl apply -f typo.yaml
cat > noports.yaml <<EOF
apiVersion: v1
kind: Service
metadata:
  name: bad-svc
spec:
  selector:
    app: x
EOF
kubectl apply -f noports.yaml
printf 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n spec: {}\n' > broken.yaml
kubectl apply -f broken.yaml
printf 'metadata:\n  name: x\n' > nokind.yaml
kubectl apply -f nokind.yaml
kubectl delete -f svc.yaml
kubectl get svc
